package io.tensorjudge.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The cases of an exercise: names, seeds, arguments that fit their params, known properties, the size cap. */
final class ExerciseCaseCheck {
    /** A hard cap against runaway shapes (all cases together); authors aim for < 200k, but alexnet-small-forward needs ~1.1M parameters per case by contract. */
    static final long MAX_ELEMENTS = 4_000_000;

    private ExerciseCaseCheck() {
    }

    static List<Exercise.TestCase> check(ExerciseValidation v, List<ValueType> paramTypes) {
        ExerciseSpec spec = v.spec;
        v.require(spec.cases(), "cases");
        Set<String> names = new HashSet<>();
        List<Exercise.TestCase> cases = new ArrayList<>();
        long elements = 0;
        for (int i = 0; i < spec.cases().size(); i++) {
            ExerciseSpec.CaseSpec c = spec.cases().get(i);
            String name = v.require(c.name(), "cases", i, "name");
            if (!ExerciseValidation.SLUG.matcher(name).matches()) {
                throw v.error("case name '" + name + "' is not a slug", "cases", i, "name");
            }
            if (!names.add(name)) {
                throw v.error("duplicate case name '" + name + "'", "cases", i, "name");
            }
            v.require(c.visible(), "cases", i, "visible");
            v.require(c.seed(), "cases", i, "seed");
            if (c.weight() != null && c.weight() < 1) {
                throw v.error("weight must be >= 1", "cases", i, "weight");
            }
            v.require(c.args(), "cases", i, "args");
            List<String> expected = spec.params().stream().map(ExerciseSpec.Param::name).toList();
            if (!c.args().keySet().equals(Set.copyOf(expected))) {
                throw v.error("args " + c.args().keySet() + " must name every param exactly once: " + expected,
                        "cases", i, "args");
            }
            List<Exercise.Argument> arguments = new ArrayList<>();
            for (int p = 0; p < expected.size(); p++) {
                String param = expected.get(p);
                ValueType type = paramTypes.get(p);
                ArgGenerator gen;
                try {
                    gen = ArgGenerator.parse(c.args().get(param));
                } catch (IllegalArgumentException e) {
                    throw v.error("arg '" + param + "': " + e.getMessage(), "cases", i, "args", param);
                }
                if (!gen.fits(type)) {
                    throw v.error("arg '" + param + "' does not fit its type " + spec.params().get(p).type(),
                            "cases", i, "args", param);
                }
                elements += gen.elements();
                arguments.add(new Exercise.Argument(param, type, gen));
            }
            List<String> properties = c.propertiesOrEmpty();
            for (int p = 0; p < properties.size(); p++) {
                if (!PropertyNames.ALL.contains(properties.get(p))) {
                    throw v.error("unknown property '" + properties.get(p) + "' (known: " + PropertyNames.ALL
                            + ")", "cases", i, "properties", p);
                }
            }
            cases.add(new Exercise.TestCase(name, c.isVisible(), c.weightOrDefault(), c.seed(), c.description(),
                    List.copyOf(arguments), List.copyOf(properties)));
        }
        if (cases.stream().noneMatch(Exercise.TestCase::visible)) {
            throw v.error("needs at least one visible case", "cases");
        }
        if (cases.stream().allMatch(Exercise.TestCase::visible)) {
            throw v.error("needs at least one hidden case (visible: false)", "cases");
        }
        if (elements > MAX_ELEMENTS) {
            throw v.error("cases hold " + elements + " tensor elements in total; keep them under " + MAX_ELEMENTS,
                    "cases");
        }
        return cases;
    }
}

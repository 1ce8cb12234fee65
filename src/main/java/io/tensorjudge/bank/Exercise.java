package io.tensorjudge.bank;

import io.tensorjudge.common.Language;
import io.tensorjudge.bank.Tolerance;
import java.nio.file.Path;
import java.util.List;

/** A validated exercise folder: its spec plus the parsed types, generators and mutants. */
public record Exercise(Path folder, ExerciseSpec spec, List<ValueType> paramTypes, ValueType returns,
        Tolerance tolerance, List<TestCase> cases, List<Mutant> mutants) {

    public String id() {
        return spec.id();
    }

    public Path file(String name) {
        return folder.resolve(name);
    }

    public List<String> paramNames() {
        return spec.params().stream().map(ExerciseSpec.Param::name).toList();
    }

    public TestCase testCase(String name) {
        return cases.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case " + name + " in " + id()));
    }

    public record TestCase(String name, boolean visible, int weight, long seed, String description,
            List<Argument> arguments, List<String> properties) {
    }

    /** One argument of a case, in parameter order. */
    public record Argument(String name, ValueType type, ArgGenerator generator) {
    }

    /** A wrong answer kept with the exercise; its first line declares the verdict it must get and why. */
    public record Mutant(Path file, Language language, String expect, String reason) {

        public String slug() {
            String name = file.getFileName().toString();
            return name.substring(0, name.lastIndexOf('.'));
        }
    }
}

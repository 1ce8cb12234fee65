package io.tensorjudge.bank;

import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.function.Function;
import io.tensorjudge.common.Difficulty;
import io.tensorjudge.common.Verdict;
import io.tensorjudge.common.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks of one exercise folder, kept together so every error can point at its file and line (a
 * {@link BankFileException}). Pure Java (no ND4J), so it is cheap at start-up.
 */
final class ExerciseValidation {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> SOURCES = Set.of("alexnet", "resnet", "rnn-regularization", "dl-fundamentals",
            "pytorch-interview");
    private static final Set<String> DIFFICULTIES = names(Difficulty.values(), Difficulty::name);
    private static final Set<String> LANGUAGES = names(Language.values(), Language::wireName);
    static final Set<String> VERDICTS = names(Verdict.values(), Verdict::name);
    private static final Pattern PY_SIGNATURE = Pattern.compile("def\\s+(\\w+)\\s*\\((.*)\\)\\s*:?\\s*");
    private static final Pattern JAVA_SIGNATURE = Pattern.compile(
            "public\\s+static\\s+([\\w<>\\[\\],\\s]+?)\\s+(\\w+)\\s*\\((.*)\\)\\s*");
    private static final Pattern EXPECT = Pattern.compile("^(?:#|//)\\s*expect:\\s*([A-Z_]+)\\s*(?:[-—–:]+\\s*(.*))?$");
    /** A hard cap against runaway shapes (all cases together); authors aim for < 200k, but alexnet-small-forward needs ~1.1M parameters per case by contract. */
    static final long MAX_ELEMENTS = 4_000_000;

    private final Path folder;
    private final BankYaml.Parsed<ExerciseSpec> parsed;
    private final ExerciseSpec spec;
    private final String id;
    private final String expectedId;

    ExerciseValidation(Path folder, String expectedId, BankYaml.Parsed<ExerciseSpec> parsed) {
        this.folder = folder;
        this.expectedId = expectedId;
        this.parsed = parsed;
        this.spec = parsed.value();
        this.id = spec.id();
    }

    Exercise run() {
        checkHeader();
        List<ValueType> paramTypes = checkParams();
        ValueType returns = type(spec.returns(), "returns");
        checkSignatures(paramTypes, returns);
        Tolerance tolerance = checkTolerance();
        List<Exercise.TestCase> cases = checkCases(paramTypes);
        checkFiles();
        List<Exercise.Mutant> mutants = loadMutants();
        return new Exercise(folder, spec, List.copyOf(paramTypes), returns, tolerance, List.copyOf(cases),
                List.copyOf(mutants));
    }

    private void checkHeader() {
        require(id, "id");
        if (!SLUG.matcher(id).matches()) {
            throw error("id '" + id + "' is not a slug ([a-z0-9]+(-[a-z0-9]+)*)", "id");
        }
        if (!id.equals(expectedId)) {
            throw error("id '" + id + "' differs from the folder name '" + expectedId + "'", "id");
        }
        require(spec.title(), "title");
        require(spec.title().zh(), "title", "zh");
        require(spec.title().en(), "title", "en");
        require(spec.topics(), "topics");
        if (spec.topics().isEmpty()) {
            throw error("topics must not be empty", "topics");
        }
        for (int i = 0; i < spec.topics().size(); i++) {
            String topic = spec.topics().get(i);
            if (topic == null || !SLUG.matcher(topic).matches()) {
                throw error("topic '" + topic + "' is not a lower-case slug", "topics", i);
            }
        }
        oneOf(spec.difficulty(), DIFFICULTIES, "difficulty");
        oneOf(spec.source(), SOURCES, "source");
        require(spec.languages(), "languages");
        if (spec.languages().isEmpty()) {
            throw error("languages must not be empty", "languages");
        }
        for (int i = 0; i < spec.languages().size(); i++) {
            oneOf(spec.languages().get(i), LANGUAGES, "languages", i);
        }
        require(spec.function(), "function");
        require(spec.signature(), "signature");
    }

    private List<ValueType> checkParams() {
        require(spec.params(), "params");
        if (spec.params().isEmpty()) {
            throw error("params must not be empty", "params");
        }
        Set<String> names = new HashSet<>();
        List<ValueType> types = new ArrayList<>();
        for (int i = 0; i < spec.params().size(); i++) {
            ExerciseSpec.Param p = spec.params().get(i);
            require(p.name(), "params", i, "name");
            if (!IDENTIFIER.matcher(p.name()).matches()) {
                throw error("param name '" + p.name() + "' is not an identifier", "params", i, "name");
            }
            if (!names.add(p.name())) {
                throw error("duplicate param '" + p.name() + "'", "params", i, "name");
            }
            types.add(type(p.type(), "params", i, "type"));
        }
        return types;
    }

    private void checkSignatures(List<ValueType> paramTypes, ValueType returns) {
        List<String> paramNames = spec.params().stream().map(ExerciseSpec.Param::name).toList();
        if (hasLanguage("python")) {
            String fn = require(spec.function().python(), "function", "python");
            String sig = require(spec.signature().python(), "signature", "python");
            Matcher m = PY_SIGNATURE.matcher(sig.strip());
            if (!m.matches()) {
                throw error("signature.python must look like 'def name(a, b=1)'", "signature", "python");
            }
            if (!m.group(1).equals(fn)) {
                throw error("signature.python defines '" + m.group(1) + "' but function.python is '" + fn + "'",
                        "signature", "python");
            }
            List<String> sigNames = ValueType.splitParams(m.group(2)).stream()
                    .map(p -> p.split("=")[0].split(":")[0].strip()).toList();
            if (!sigNames.equals(paramNames)) {
                throw error("signature.python parameters " + sigNames + " differ from params " + paramNames,
                        "signature", "python");
            }
        }
        if (hasLanguage("java")) {
            String fn = require(spec.function().java(), "function", "java");
            String sig = require(spec.signature().java(), "signature", "java");
            Matcher m = JAVA_SIGNATURE.matcher(sig.strip());
            if (!m.matches()) {
                throw error("signature.java must look like 'public static INDArray name(INDArray x, int axis)'",
                        "signature", "java");
            }
            if (!m.group(2).equals(fn)) {
                throw error("signature.java declares '" + m.group(2) + "' but function.java is '" + fn + "'",
                        "signature", "java");
            }
            if (!compact(m.group(1)).equals(returns.javaType())) {
                throw error("signature.java returns " + m.group(1).strip() + " but returns '" + spec.returns()
                        + "' is " + returns.javaType() + " in Java", "signature", "java");
            }
            List<String> params = ValueType.splitParams(m.group(3));
            if (params.size() != paramTypes.size()) {
                throw error("signature.java has " + params.size() + " parameters, params has " + paramTypes.size(),
                        "signature", "java");
            }
            for (int i = 0; i < params.size(); i++) {
                String declared = params.get(i).replaceAll("\\s+\\w+$", "");
                if (!compact(declared).equals(paramTypes.get(i).javaType())) {
                    throw error("signature.java parameter " + (i + 1) + " is " + declared.strip() + " but param '"
                            + paramNames.get(i) + "' is " + paramTypes.get(i).javaType() + " in Java",
                            "signature", "java");
                }
            }
        }
    }

    private Tolerance checkTolerance() {
        ExerciseSpec.ToleranceSpec t = spec.tolerance();
        if (t == null) {
            return Tolerance.DEFAULT;
        }
        if (t.rtol() != null && !(t.rtol() >= 0)) {
            throw error("rtol must be >= 0", "tolerance", "rtol");
        }
        if (t.atol() != null && !(t.atol() >= 0)) {
            throw error("atol must be >= 0", "tolerance", "atol");
        }
        return new Tolerance(t.rtolOrDefault(), t.atolOrDefault(), t.float32Allowed());
    }

    private List<Exercise.TestCase> checkCases(List<ValueType> paramTypes) {
        require(spec.cases(), "cases");
        Set<String> names = new HashSet<>();
        List<Exercise.TestCase> cases = new ArrayList<>();
        long elements = 0;
        for (int i = 0; i < spec.cases().size(); i++) {
            ExerciseSpec.CaseSpec c = spec.cases().get(i);
            String name = require(c.name(), "cases", i, "name");
            if (!SLUG.matcher(name).matches()) {
                throw error("case name '" + name + "' is not a slug", "cases", i, "name");
            }
            if (!names.add(name)) {
                throw error("duplicate case name '" + name + "'", "cases", i, "name");
            }
            require(c.visible(), "cases", i, "visible");
            require(c.seed(), "cases", i, "seed");
            if (c.weight() != null && c.weight() < 1) {
                throw error("weight must be >= 1", "cases", i, "weight");
            }
            require(c.args(), "cases", i, "args");
            List<String> expected = spec.params().stream().map(ExerciseSpec.Param::name).toList();
            if (!c.args().keySet().equals(Set.copyOf(expected))) {
                throw error("args " + c.args().keySet() + " must name every param exactly once: " + expected,
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
                    throw error("arg '" + param + "': " + e.getMessage(), "cases", i, "args", param);
                }
                if (!gen.fits(type)) {
                    throw error("arg '" + param + "' does not fit its type " + spec.params().get(p).type(),
                            "cases", i, "args", param);
                }
                elements += gen.elements();
                arguments.add(new Exercise.Argument(param, type, gen));
            }
            List<String> properties = c.propertiesOrEmpty();
            for (int p = 0; p < properties.size(); p++) {
                if (!PropertyNames.ALL.contains(properties.get(p))) {
                    throw error("unknown property '" + properties.get(p) + "' (known: " + PropertyNames.ALL
                            + ")", "cases", i, "properties", p);
                }
            }
            cases.add(new Exercise.TestCase(name, c.isVisible(), c.weightOrDefault(), c.seed(), c.description(),
                    List.copyOf(arguments), List.copyOf(properties)));
        }
        if (cases.stream().noneMatch(Exercise.TestCase::visible)) {
            throw error("needs at least one visible case", "cases");
        }
        if (cases.stream().allMatch(Exercise.TestCase::visible)) {
            throw error("needs at least one hidden case (visible: false)", "cases");
        }
        if (elements > MAX_ELEMENTS) {
            throw error("cases hold " + elements + " tensor elements in total; keep them under " + MAX_ELEMENTS,
                    "cases");
        }
        return cases;
    }

    private void checkFiles() {
        List<String> required = new ArrayList<>(List.of("statement.zh.md", "statement.en.md"));
        if (hasLanguage("python")) {
            required.addAll(List.of("starter.py", "solution.py"));
        }
        if (hasLanguage("java")) {
            required.addAll(List.of("Starter.java", "Solution.java"));
        }
        for (String name : required) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new BankFileException(file, 0, id, "missing required file " + name);
            }
        }
    }

    private List<Exercise.Mutant> loadMutants() {
        Path dir = folder.resolve("mutants");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Exercise.Mutant> mutants = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isDirectory(file) || name.startsWith(".")) {
                    continue;
                }
                Language language = name.endsWith(".py") ? Language.PYTHON
                        : name.endsWith(".java") ? Language.JAVA : null;
                if (language == null) {
                    throw new BankFileException(file, 0, id, "a mutant must be a .py or .java file");
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String first = lines.isEmpty() ? "" : lines.get(0).strip();
                Matcher m = EXPECT.matcher(first);
                if (!m.matches()) {
                    throw new BankFileException(file, 1, id, "the first line must be '"
                            + (language == Language.PYTHON ? "#" : "//")
                            + " expect: <VERDICT>  — <why it is wrong>'");
                }
                if (!VERDICTS.contains(m.group(1))) {
                    throw new BankFileException(file, 1, id, "unknown verdict '" + m.group(1) + "' (one of "
                            + VERDICTS.stream().sorted().toList() + ")");
                }
                mutants.add(new Exercise.Mutant(file, language, m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
            }
        } catch (IOException e) {
            throw new BankFileException(dir, 0, id, "cannot read mutants: " + e.getMessage());
        }
        return mutants;
    }

    private ValueType type(String text, Object... path) {
        try {
            return ValueType.parse(require(text, path));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), path);
        }
    }

    private boolean hasLanguage(String language) {
        return spec.languages().contains(language);
    }

    private void oneOf(String value, Set<String> allowed, Object... path) {
        require(value, path);
        if (!allowed.contains(value)) {
            throw error("'" + value + "' is not one of " + allowed.stream().sorted().toList(), path);
        }
    }

    private <T> T require(T value, Object... path) {
        if (value == null) {
            throw error("missing required key '" + BankYaml.pathText(path) + "'", path);
        }
        return value;
    }

    private BankFileException error(String problem, Object... path) {
        return parsed.error(id, problem, path);
    }

    private static String compact(String type) {
        return type.replaceAll("\\s+", "");
    }

    /** The names an enum's values have in files: the loader checks them to give file/line errors, not to re-list them. */
    private static <E extends Enum<E>> Set<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.toUnmodifiableSet());
    }
}

package io.tensorjudge.bank;

import io.tensorjudge.common.Difficulty;
import io.tensorjudge.common.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of one exercise folder, so every error can point at its file and line (a {@link BankFileException}):
 * the header, params, tolerance and files here; the signatures ({@link ExerciseSignatureCheck}), the cases
 * ({@link ExerciseCaseCheck}) and the mutant files ({@link ExerciseMutantFiles}) in their own classes. Pure Java (no
 * ND4J), so it is cheap at start-up.
 */
final class ExerciseValidation {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> SOURCES = Set.of("alexnet", "resnet", "rnn-regularization", "dl-fundamentals",
            "pytorch-interview");
    private static final Set<String> DIFFICULTIES = names(Difficulty.values(), Difficulty::name);
    private static final Set<String> LANGUAGES = names(Language.values(), Language::wireName);

    private final Path folder;
    private final BankYaml.Parsed<ExerciseSpec> parsed;
    final ExerciseSpec spec;
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
        ExerciseSignatureCheck.check(this, paramTypes, returns);
        Tolerance tolerance = checkTolerance();
        List<Exercise.TestCase> cases = ExerciseCaseCheck.check(this, paramTypes);
        checkFiles();
        List<Exercise.Mutant> mutants = ExerciseMutantFiles.load(folder, id);
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

    private ValueType type(String text, Object... path) {
        try {
            return ValueType.parse(require(text, path));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), path);
        }
    }

    boolean hasLanguage(String language) {
        return spec.languages().contains(language);
    }

    private void oneOf(String value, Set<String> allowed, Object... path) {
        require(value, path);
        if (!allowed.contains(value)) {
            throw error("'" + value + "' is not one of " + allowed.stream().sorted().toList(), path);
        }
    }

    <T> T require(T value, Object... path) {
        if (value == null) {
            throw error("missing required key '" + BankYaml.pathText(path) + "'", path);
        }
        return value;
    }

    BankFileException error(String problem, Object... path) {
        return parsed.error(id, problem, path);
    }

    /** The names an enum's values have in files: the loader checks them to give file/line errors, not to re-list them. */
    static <E extends Enum<E>> Set<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.toUnmodifiableSet());
    }
}

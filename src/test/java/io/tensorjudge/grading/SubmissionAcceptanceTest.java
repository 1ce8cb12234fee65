package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.Exercise;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.grading.ReferenceCases.PreparedCase;
import io.tensorjudge.web.Submissions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The whole pipeline on the whole bank, through HTTP: every exercise's solution.py and Solution.java must be
 * ACCEPTED with score 1, every mutant must get the verdict its first line declares, and no response may contain a
 * value of a hidden test's inputs or expected outputs. Everything is submitted first so the workers stay busy.
 */
@QuarkusTest
class SubmissionAcceptanceTest {

    /** Restrict to some exercises while working on them, e.g. -Dtj.exercises=softmax,dropout. */
    private static final String ONLY = System.getProperty("tj.exercises", "");

    @Inject
    ExerciseCatalog catalog;

    @Inject
    ReferenceCases referenceCases;

    private record Planned(String exerciseId, String label, String language, String expectedVerdict, String id) {
    }

    @TestFactory
    Stream<DynamicTest> everySolutionIsAcceptedAndEveryMutantRejected() throws IOException {
        List<Planned> planned = new ArrayList<>();
        for (ExerciseCatalog.Entry entry : catalog.list()) {
            if (!ONLY.isBlank() && !List.of(ONLY.split(",")).contains(entry.id())) {
                continue;
            }
            Exercise exercise = entry.exercise();
            List<String> languages = exercise.spec().languages();
            if (languages.contains("python")) {
                planned.add(submit(entry, "solution.py", "python", "ACCEPTED", exercise.file("solution.py")));
            }
            if (languages.contains("java")) {
                planned.add(submit(entry, "Solution.java", "java", "ACCEPTED", exercise.file("Solution.java")));
            }
            for (Exercise.Mutant mutant : exercise.mutants()) {
                String language = mutant.language() == Exercise.Language.JAVA ? "java" : "python";
                planned.add(submit(entry, "mutant " + mutant.file().getFileName(), language, mutant.expect(),
                        mutant.file()));
            }
        }
        return planned.stream().map(p -> DynamicTest.dynamicTest(p.exerciseId() + ": " + p.label(), () -> {
            JsonPath done = Submissions.awaitDone(p.id(), Duration.ofMinutes(10));
            String verdict = done.getString("verdict");
            if ("ACCEPTED".equals(p.expectedVerdict())) {
                assertThat(verdict).as(done.prettify()).isEqualTo("ACCEPTED");
                assertThat(done.getDouble("score")).isEqualTo(1.0);
            } else {
                assertThat(verdict).as(done.prettify()).isNotEqualTo("ACCEPTED").isEqualTo(p.expectedVerdict());
            }
            assertNoHiddenValues(p.exerciseId(), done.prettify());
        }));
    }

    private Planned submit(ExerciseCatalog.Entry entry, String label, String language, String expected, Path file)
            throws IOException {
        String code = Files.readString(file, StandardCharsets.UTF_8);
        return new Planned(entry.id(), label, language, expected,
                Submissions.submit(entry.id(), language, code, "submit"));
    }

    /** Hidden inputs and expected outputs, as they would be printed (full repr and 6 significant digits). */
    private void assertNoHiddenValues(String exerciseId, String response) {
        ExerciseCatalog.Entry entry = catalog.find(exerciseId).orElseThrow();
        Set<String> secrets = new LinkedHashSet<>();
        Set<String> shown = new LinkedHashSet<>();
        for (PreparedCase prepared : referenceCases.of(entry)) {
            List<Object> values = new ArrayList<>(prepared.inputs());
            values.add(prepared.expected());
            values.forEach(v -> collect(v, prepared.testCase().visible() ? shown : secrets));
        }
        // A hidden case may share a value with a visible one (same seed): that value is public anyway.
        secrets.removeAll(shown);
        for (String secret : secrets) {
            // Whole numbers only (not a prefix of a longer one), and only values specific enough to be evidence.
            if (secret.replace("-", "").replace(".", "").length() >= 6) {
                assertThat(response).as("hidden value %s of %s leaked", secret, exerciseId)
                        .doesNotContainPattern("(?<![0-9.])" + java.util.regex.Pattern.quote(secret) + "(?![0-9])");
            }
        }
    }

    private static void collect(Object value, Set<String> out) {
        if (value instanceof INDArray array) {
            INDArray flat = Nd4j.toFlattened('c', array.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE));
            for (long i = 0; i < Math.min(flat.length(), 16); i++) {
                double v = flat.getDouble(i);
                if (v != Math.rint(v) && Math.abs(v) > 1e-3) {
                    out.add(Double.toString(v));
                    out.add(String.format("%.6g", v));
                }
            }
        } else if (value instanceof Object[] tuple) {
            for (Object item : tuple) {
                collect(item, out);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, out));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, out));
        }
    }
}

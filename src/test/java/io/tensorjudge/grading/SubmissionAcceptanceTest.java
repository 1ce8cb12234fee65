package io.tensorjudge.grading;

import io.tensorjudge.common.Language;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.Exercise;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.web.Submissions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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
                String language = mutant.language() == Language.JAVA ? "java" : "python";
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

    private void assertNoHiddenValues(String exerciseId, String response) {
        HiddenValues.assertAbsent(catalog, referenceCases, exerciseId, response);
    }
}

package io.tensorjudge.grading;

import io.tensorjudge.common.Language;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.Exercise;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.web.Submissions;
import io.tensorjudge.web.assessment.AttemptSubmissions;
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
 * Public exercises go through the practice API; a private one (404 there) through the candidate API of an attempt
 * of a one-exercise assessment, where hidden tests are only counted, so ACCEPTED there means every visible test
 * passed and every hidden one was counted as passed.
 */
@QuarkusTest
class SubmissionAcceptanceTest {

    /** Restrict to some exercises while working on them, e.g. -Dtj.exercises=softmax,dropout. */
    private static final String ONLY = System.getProperty("tj.exercises", "");

    @Inject
    ExerciseCatalog catalog;

    @Inject
    ReferenceCases referenceCases;

    /** {@code attempt} is null for a practice submission. */
    private record Planned(String exerciseId, String label, String language, String expectedVerdict, String id,
            AttemptSubmissions.Attempt attempt) {
    }

    @TestFactory
    Stream<DynamicTest> everySolutionIsAcceptedAndEveryMutantRejected() throws IOException {
        List<Planned> planned = new ArrayList<>();
        for (ExerciseCatalog.Entry entry : catalog.list()) {
            if (!ONLY.isBlank() && !List.of(ONLY.split(",")).contains(entry.id())) {
                continue;
            }
            Exercise exercise = entry.exercise();
            AttemptSubmissions.Attempt attempt = entry.isPublic() ? null : AttemptSubmissions.start(entry.id());
            List<String> languages = exercise.spec().languages();
            if (languages.contains("python")) {
                planned.add(submit(entry, attempt, "solution.py", "python", "ACCEPTED",
                        exercise.file("solution.py")));
            }
            if (languages.contains("java")) {
                planned.add(submit(entry, attempt, "Solution.java", "java", "ACCEPTED",
                        exercise.file("Solution.java")));
            }
            for (Exercise.Mutant mutant : exercise.mutants()) {
                String language = mutant.language() == Language.JAVA ? "java" : "python";
                planned.add(submit(entry, attempt, "mutant " + mutant.file().getFileName(), language,
                        mutant.expect(), mutant.file()));
            }
        }
        return planned.stream().map(p -> DynamicTest.dynamicTest(p.exerciseId() + ": " + p.label(), () -> {
            JsonPath done = p.attempt() == null ? Submissions.awaitDone(p.id(), Duration.ofMinutes(10))
                    : AttemptSubmissions.awaitDone(p.attempt(), p.id(), Duration.ofMinutes(10));
            String verdict = done.getString("verdict");
            if ("ACCEPTED".equals(p.expectedVerdict())) {
                assertThat(verdict).as(done.prettify()).isEqualTo("ACCEPTED");
                if (p.attempt() == null) {
                    assertThat(done.getDouble("score")).isEqualTo(1.0);
                } else {
                    assertThat(done.getList("visibleTests.passed", Boolean.class)).as(done.prettify())
                            .isNotEmpty().containsOnly(true);
                    assertThat(done.getInt("hiddenTotal")).as(done.prettify()).isPositive()
                            .isEqualTo(done.getInt("hiddenPassed"));
                }
            } else {
                assertThat(verdict).as(done.prettify()).isNotEqualTo("ACCEPTED").isEqualTo(p.expectedVerdict());
            }
            assertNoHiddenValues(p.exerciseId(), done.prettify());
        }));
    }

    private Planned submit(ExerciseCatalog.Entry entry, AttemptSubmissions.Attempt attempt, String label,
            String language, String expected, Path file) throws IOException {
        String code = Files.readString(file, StandardCharsets.UTF_8);
        String id = attempt == null ? Submissions.submit(entry.id(), language, code, "submit")
                : AttemptSubmissions.submit(attempt, language, code);
        return new Planned(entry.id(), label, language, expected, id, attempt);
    }

    private void assertNoHiddenValues(String exerciseId, String response) {
        HiddenValues.assertAbsent(catalog, referenceCases, exerciseId, response);
    }
}

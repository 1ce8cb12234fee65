package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.assessment.AssessmentFixtures.body;
import static io.tensorjudge.web.assessment.AssessmentFixtures.create;
import static io.tensorjudge.web.assessment.AssessmentFixtures.exercise;
import static io.tensorjudge.web.assessment.AssessmentFixtures.invite;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.grading.ReferenceCases;
import io.tensorjudge.grading.ReferenceCases.PreparedCase;
import io.tensorjudge.grading.Submission;
import io.tensorjudge.wire.Value;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two candidates of one assessment are graded on different hidden inputs of the same exercise (each attempt's own
 * variant seed), every submission of one attempt on the same ones, and both are graded right: through the candidate
 * API, with the real grader and sandbox.
 */
@QuarkusTest
class AttemptCaseVariantsTest {

    private static final String EXERCISE = "softmax";
    /** Wrong on every case with an axis other than the last, visible and hidden. */
    private static final Path MUTANT = Path.of("exercises", EXERCISE, "mutants", "ignores-axis.py");

    @Inject ExerciseCatalog catalog;
    @Inject ReferenceCases referenceCases;

    @Test
    void attemptsGetTheirOwnHiddenInputsAndAreGradedRightOnThem() throws Exception {
        String owner = io.tensorjudge.web.StaffSessions.newStaff("INTERVIEWER");
        JsonPath created = create(owner, body("Variants", 30, false, List.of(exercise(EXERCISE, 10))));
        long assessment = created.getLong("id");
        long item = created.getLong("items[0].id");
        String solution = Files.readString(Path.of("exercises", EXERCISE, "solution.py"));
        ExerciseCatalog.Entry entry = catalog.find(EXERCISE).orElseThrow();
        String mutant = Files.readString(MUTANT);
        String mutantVerdict = entry.exercise().mutants().stream()
                .filter(m -> m.file().endsWith(MUTANT.getFileName())).findFirst().orElseThrow().expect();

        String ada = invite(owner, assessment, "Ada");
        String bob = invite(owner, assessment, "Bob");
        for (String token : List.of(ada, bob)) {
            given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        }
        String adaFirst = submit(ada, item, solution);
        String adaMutant = submit(ada, item, mutant);
        String adaAgain = submit(ada, item, solution);
        String bobRight = submit(bob, item, solution);
        String bobMutant = submit(bob, item, mutant);

        for (String[] accepted : List.of(new String[] {ada, adaFirst}, new String[] {ada, adaAgain},
                new String[] {bob, bobRight})) {
            JsonPath done = CandidateApiTest.awaitDone(accepted[0], accepted[1]);
            assertThat(done.getString("verdict")).as(done.prettify()).isEqualTo("ACCEPTED");
            assertThat(done.getInt("hiddenPassed")).isPositive().isEqualTo(done.getInt("hiddenTotal"));
        }
        for (String[] rejected : List.of(new String[] {ada, adaMutant}, new String[] {bob, bobMutant})) {
            JsonPath done = CandidateApiTest.awaitDone(rejected[0], rejected[1]);
            assertThat(done.getString("verdict")).as(done.prettify()).isEqualTo(mutantVerdict);
            assertThat(done.getInt("hiddenPassed")).as("caught by the hidden cases of this attempt too")
                    .isLessThan(done.getInt("hiddenTotal"));
        }

        Long adaSeed = caseSeedOf(adaFirst);
        Long bobSeed = caseSeedOf(bobRight);
        assertThat(adaSeed).isNotNull();
        assertThat(bobSeed).isNotNull().isNotEqualTo(adaSeed);
        assertThat(caseSeedOf(adaAgain)).as("every submission of an attempt").isEqualTo(adaSeed);
        assertThat(caseSeedOf(adaMutant)).isEqualTo(adaSeed);

        Map<String, List<Value>> adaHidden = inputs(referenceCases.of(entry, adaSeed), false);
        Map<String, List<Value>> bobHidden = inputs(referenceCases.of(entry, bobSeed), false);
        Map<String, List<Value>> practiceHidden = inputs(referenceCases.of(entry), false);
        assertThat(adaHidden).isNotEmpty().containsOnlyKeys(practiceHidden.keySet());
        for (String name : adaHidden.keySet()) {
            assertThat(adaHidden.get(name)).as(name).isNotEqualTo(bobHidden.get(name))
                    .isNotEqualTo(practiceHidden.get(name));
        }
        assertThat(inputs(referenceCases.of(entry, adaSeed), true)).as("visible cases as in practice")
                .isEqualTo(inputs(referenceCases.of(entry), true))
                .isEqualTo(inputs(referenceCases.of(entry, bobSeed), true));
    }

    private static String submit(String token, long item, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("language", "python", "code", code, "mode", "submit"))
                .post("/api/v1/attempts/{t}/items/{i}/submissions", token, item)
                .then().statusCode(202).extract().jsonPath().getString("id");
    }

    /** The variant the workers graded this submission on (stored with it; no API shows it). */
    private static Long caseSeedOf(String submissionId) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>findById(submissionId).caseSeed);
    }

    private static Map<String, List<Value>> inputs(List<PreparedCase> cases, boolean visible) {
        return cases.stream().filter(c -> c.testCase().visible() == visible)
                .collect(Collectors.toMap(c -> c.testCase().name(), PreparedCase::sandboxArgs));
    }
}

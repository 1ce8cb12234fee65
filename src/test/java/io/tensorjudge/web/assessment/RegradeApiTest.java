package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tensorjudge.common.Verdict;
import io.tensorjudge.grading.Submission;
import io.tensorjudge.web.StaffSessions;
import io.tensorjudge.web.Submissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The regrade API (docs/api-extensions.md, Regrades) on an assessment and on an exercise's practice submissions:
 * 202 dry run, its changes once graded, apply, a second apply refused, staff only. An older version that accepted a
 * naive softmax is simulated by giving its submission that result in the database.
 */
@QuarkusTest
class RegradeApiTest {

    static final String NAIVE = "import numpy as np\n\ndef softmax(x, axis=-1):\n    e = np.exp(x)\n"
            + "    return e / np.sum(e, axis=axis, keepdims=True)\n";

    @Test
    void shouldDryRunThenApplyAnAssessmentRegradeAndChangeTheScore() {
        String interviewer = StaffSessions.newStaff("INTERVIEWER");
        long id = AssessmentFixtures.create(interviewer, AssessmentFixtures.body("Regrade", 600, false,
                List.of(AssessmentFixtures.exercise("softmax", 10)))).getLong("id");
        String token = AssessmentFixtures.invite(interviewer, id, "Candidate R");
        given().contentType("application/json").post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        long item = AssessmentFixtures.as(interviewer).get("/api/v1/assessments/{id}", id).jsonPath()
                .getLong("items[0].id");
        AttemptSubmissions.Attempt attempt = new AttemptSubmissions.Attempt(token, item);
        String submission = AttemptSubmissions.submit(attempt, "python", NAIVE);
        AttemptSubmissions.awaitDone(attempt, submission, Duration.ofSeconds(120));
        acceptAsAnOlderVersionDid(submission);
        assertThat(score(interviewer, id)).isEqualTo(10.0);

        Response dry = AssessmentFixtures.as(interviewer).post("/api/v1/assessments/{id}/regrades", id);
        assertThat(dry.statusCode()).isEqualTo(202);
        String location = dry.header("Location");
        assertThat(location).isEqualTo("/api/v1/assessments/" + id + "/regrades/" + dry.jsonPath().getLong("id"));
        JsonPath ready = awaitReady(interviewer, location);
        assertThat(ready.getInt("submissions")).isEqualTo(1);
        assertThat(ready.getList("changes")).hasSize(1);
        assertThat(ready.getString("changes[0].submissionId")).isEqualTo(submission);
        assertThat(ready.getString("changes[0].oldVerdict")).isEqualTo("ACCEPTED");
        assertThat(ready.getString("changes[0].newVerdict")).isEqualTo("WRONG_ANSWER");
        assertThat(score(interviewer, id)).as("a dry run changes no score").isEqualTo(10.0);

        // Someone the assessment is not shared with may neither see nor apply it.
        String other = StaffSessions.newStaff("INTERVIEWER");
        AssessmentFixtures.as(other).get(location).then().statusCode(403);
        AssessmentFixtures.as(other).post(location + "/apply").then().statusCode(403);

        JsonPath applied = AssessmentFixtures.as(interviewer).post(location + "/apply").then().statusCode(200)
                .extract().jsonPath();
        assertThat(applied.getString("status")).isEqualTo("APPLIED");
        assertThat(applied.getInt("applied")).isEqualTo(1);
        assertThat(score(interviewer, id)).isLessThan(10.0);
        Response again = AssessmentFixtures.as(interviewer).post(location + "/apply");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(AssessmentFixtures.as(interviewer).get("/api/v1/assessments/{id}/regrades", id).jsonPath()
                .getList("applied", Integer.class)).containsExactly(1);
    }

    @Test
    void shouldRegradePracticeSubmissionsForInstructorsOnly() {
        String naive = Submissions.submit("softmax", "python", NAIVE, "submit");
        Submissions.awaitDone(naive, Duration.ofSeconds(120));
        acceptAsAnOlderVersionDid(naive);
        String instructor = StaffSessions.newStaff("INSTRUCTOR");
        String interviewer = StaffSessions.newStaff("INTERVIEWER");
        String path = "/api/v1/authoring/exercises/softmax/regrades";
        given().post(path).then().statusCode(401);
        AssessmentFixtures.as(interviewer).post(path).then().statusCode(403);
        AssessmentFixtures.as(instructor).post("/api/v1/authoring/exercises/no-such-exercise/regrades").then()
                .statusCode(404);

        Response dry = AssessmentFixtures.as(instructor).post(path);
        assertThat(dry.statusCode()).isEqualTo(202);
        JsonPath ready = awaitReady(instructor, dry.header("Location"));
        assertThat(ready.getList("changes.submissionId", String.class)).contains(naive);
        AssessmentFixtures.as(instructor).post(dry.header("Location") + "/apply").then().statusCode(200);
        given().get("/api/v1/submissions/{id}", naive).then().statusCode(200)
                .body("verdict", org.hamcrest.Matchers.equalTo("WRONG_ANSWER"));
        // Another scope's id is unknown here.
        AssessmentFixtures.as(instructor).get("/api/v1/authoring/exercises/gelu/regrades/"
                + dry.jsonPath().getLong("id")).then().statusCode(404);
    }

    static void acceptAsAnOlderVersionDid(String submissionId) {
        QuarkusTransaction.requiringNew().run(() -> Submission.update(
                "verdict = ?1, score = 1.0, exerciseVersion = 'older-version' where id = ?2", Verdict.ACCEPTED,
                submissionId));
    }

    private static double score(String session, long id) {
        return AssessmentFixtures.as(session).get("/api/v1/assessments/{id}/attempts", id).jsonPath()
                .getDouble("[0].score");
    }

    static JsonPath awaitReady(String session, String location) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            JsonPath run = AssessmentFixtures.as(session).get(location).then().statusCode(200).extract().jsonPath();
            if (!"GRADING".equals(run.getString("status"))) {
                return run;
            }
            assertThat(System.nanoTime()).as("regrade graded in time: " + run.prettify()).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

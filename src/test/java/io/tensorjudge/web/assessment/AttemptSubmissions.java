package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.web.StaffSessions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Test helper: code submitted as an invited candidate, through the candidate API. A private exercise exists only
 * inside assessments (the practice API answers 404), so this is how tests grade it end to end: a fresh assessment
 * holding just that exercise, one invite, one started attempt.
 */
public final class AttemptSubmissions {

    /** A started attempt of a one-exercise assessment: its invite token and the exercise's item id. */
    public record Attempt(String token, long itemId) {
    }

    private AttemptSubmissions() {
    }

    /** Creates the assessment (Python and Java, long enough for a slow grading queue), invites and starts. */
    public static Attempt start(String exerciseId) {
        String interviewer = StaffSessions.newStaff("INTERVIEWER");
        JsonPath created = AssessmentFixtures.create(interviewer, Map.of("title", "Grading " + exerciseId,
                "timeLimitMinutes", 600, "languages", List.of("python", "java"), "allowRun", false,
                "items", List.of(AssessmentFixtures.exercise(exerciseId, 10))));
        String token = AssessmentFixtures.invite(interviewer, created.getLong("id"), "Candidate " + exerciseId);
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        return new Attempt(token, created.getLong("items[0].id"));
    }

    /** Submits (mode "submit") and returns the submission id. */
    public static String submit(Attempt attempt, String language, String code) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("language", language, "code", code, "mode", "submit"))
                .post("/api/v1/attempts/{t}/items/{i}/submissions", attempt.token(), attempt.itemId())
                .then().statusCode(202).extract().jsonPath().getString("id");
    }

    /** Polls the candidate API until DONE and returns the candidate's view (hidden tests as counts only). */
    public static JsonPath awaitDone(Attempt attempt, String id, Duration timeout) {
        return io.tensorjudge.web.Submissions.awaitDone(id, timeout, () -> given()
                .get("/api/v1/attempts/{t}/submissions/{s}", attempt.token(), id).then().statusCode(200).extract()
                .jsonPath());
    }
}

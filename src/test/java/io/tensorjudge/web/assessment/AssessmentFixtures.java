package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.tensorjudge.web.StaffSessions;
import java.util.List;
import java.util.Map;

/** Test helper: assessments and invites made through the interviewer API. */
final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    static RequestSpecification as(String session) {
        return given().cookie(StaffSessions.SESSION_COOKIE, session).contentType(ContentType.JSON);
    }

    static Map<String, Object> mcq(String id, int points) {
        return Map.of("kind", "MCQ", "refId", id, "points", points);
    }

    static Map<String, Object> exercise(String id, int points) {
        return Map.of("kind", "EXERCISE", "refId", id, "points", points);
    }

    static Map<String, Object> body(String title, int minutes, boolean allowRun, List<Map<String, Object>> items) {
        return Map.of("title", title, "timeLimitMinutes", minutes, "languages", List.of("python"),
                "allowRun", allowRun, "items", items);
    }

    /** Creates an assessment and returns its JSON. */
    static JsonPath create(String session, Map<String, Object> body) {
        return as(session).body(body).when().post("/api/v1/assessments").then().statusCode(201).extract().jsonPath();
    }

    /** Invites a candidate and returns the token from the link. */
    static String invite(String session, long assessmentId, String name) {
        String link = as(session).body(Map.of("name", name, "email", "cand@example.com"))
                .when().post("/api/v1/assessments/{id}/invites", assessmentId)
                .then().statusCode(201).extract().jsonPath().getString("link");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** Two real MCQ ids from the bank: one with a single key, one more. */
    static List<String> mcqIds() {
        return given().when().get("/api/v1/questions").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class).subList(0, 2);
    }
}

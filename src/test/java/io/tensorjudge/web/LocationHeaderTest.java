package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Location the API sends is a path (as the spec writes it), and following it finds what was created. */
@QuarkusTest
class LocationHeaderTest {

    @Test
    void shouldAnswerAPracticeSubmissionWithAPathToIt() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("language", "python", "code", SubmissionResourceTest.GOOD_SOFTMAX, "mode", "run"))
                .when().post("/api/v1/exercises/softmax/submissions")
                .then().statusCode(202).extract().header("Location");

        assertThat(location).matches("/api/v1/submissions/[0-9a-f-]{36}");
        given().when().get(location).then().statusCode(200);
    }

    @Test
    void shouldAnswerANewStaffAccountWith201AndAPathThatFindsIt() {
        String admin = StaffSessions.admin();
        String username = "located-" + System.nanoTime();
        String location = given().cookie(StaffSessions.SESSION_COOKIE, admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "a-long-enough-password", "roles",
                        List.of("INTERVIEWER")))
                .when().post("/api/v1/admin/staff")
                .then().statusCode(201).extract().header("Location");

        assertThat(location).isEqualTo("/api/v1/admin/staff/" + username);
        given().cookie(StaffSessions.SESSION_COOKIE, admin).when().get(location)
                .then().statusCode(200).body("username", equalTo(username));
        given().cookie(StaffSessions.SESSION_COOKIE, admin).when().get("/api/v1/admin/staff/nobody-" + username)
                .then().statusCode(404).contentType("application/problem+json");
    }
}

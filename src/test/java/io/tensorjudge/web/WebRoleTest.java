package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code tensorjudge.role=web}: serves pages and the API and queues submissions, but never grades them. */
@QuarkusTest
@TestProfile(WebRoleTest.Web.class)
class WebRoleTest {

    public static class Web implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A short poll interval: a worker on this instance would pick the submission up within 100 ms. No sandbox:
            // a web pod has none (docker/k8s/web.yaml), and with role all this would refuse submissions (503).
            return Map.of("tensorjudge.role", "web", "tensorjudge.grading.poll-interval", "100ms",
                    "tensorjudge.sandbox.enabled", "false");
        }
    }

    @Test
    void shouldAcceptSubmissionsAndServePagesButNotGrade() throws InterruptedException {
        given().when().get("/").then().statusCode(200);
        given().when().get("/exercises").then().statusCode(200);
        String id = Submissions.submit("softmax", "python", "def softmax(x, axis=-1):\n    return x\n", "submit");
        Thread.sleep(3000);
        JsonPath json = given().when().get("/api/v1/submissions/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("status")).as("nobody grades on a web instance").isEqualTo("QUEUED");
    }

    @Test
    void shouldBeReadyWithoutASandbox() {
        // Grading happens on the workers: a web pod without the sandbox's privileges is still ready (the sandbox
        // check is UP; the reference's may still be warming up). The checks' details are for admins.
        JsonPath health = given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).when()
                .get("/q/health/ready").then().extract().jsonPath();
        assertThat(health.getString("checks.find { it.name == 'sandbox' }.status")).as(health.prettify())
                .isEqualTo("UP");
        assertThat(health.getString("checks.find { it.name == 'sandbox' }.data.message"))
                .contains("tensorjudge.role=web");
    }

    @Test
    void shouldRefuseToValidateAnExerciseWithAProblemSayingAnInstanceThatGradesIsNeededAndKeepTheDraft() {
        String instructor = StaffSessions.newStaff("INSTRUCTOR");
        Map<String, String> files = given().cookie(StaffSessions.SESSION_COOKIE, instructor).when()
                .get("/api/v1/authoring/exercises/step-lr").then().statusCode(200).extract().jsonPath().getMap("files");
        Map<String, String> edited = new java.util.TreeMap<>(files);
        edited.put("statement.en.md", files.get("statement.en.md") + "\nEdited on a web instance\n");

        JsonPath problem = given().cookie(StaffSessions.SESSION_COOKIE, instructor).contentType("application/json")
                .body(Map.of("files", edited)).when().put("/api/v1/authoring/exercises/step-lr/draft")
                .then().statusCode(503).contentType("application/problem+json").extract().jsonPath();

        assertThat(problem.getString("detail")).contains("tensorjudge.role=web").contains("tensorjudge.role=all")
                .contains("draft is saved");
        JsonPath draft = given().cookie(StaffSessions.SESSION_COOKIE, instructor).when()
                .get("/api/v1/authoring/exercises/step-lr").then().statusCode(200).extract().jsonPath();
        assertThat(draft.getBoolean("draft")).isTrue();
        assertThat(draft.getString("files.'statement.en.md'")).contains("Edited on a web instance");
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).when()
                .delete("/api/v1/authoring/exercises/step-lr/draft").then().statusCode(204);
    }
}

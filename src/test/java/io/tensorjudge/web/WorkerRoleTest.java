package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tensorjudge.grading.SubmissionService;
import io.tensorjudge.grading.SubmissionSnapshot;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code tensorjudge.role=worker}: grades the shared queue, serves health and metrics, and nothing else. */
@QuarkusTest
@TestProfile(WorkerRoleTest.Worker.class)
class WorkerRoleTest {

    public static class Worker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tensorjudge.role", "worker", "tensorjudge.grading.poll-interval", "100ms");
        }
    }

    private static final String SOFTMAX = """
            import numpy as np

            def softmax(x, axis=-1):
                e = np.exp(x - x.max(axis=axis, keepdims=True))
                return e / e.sum(axis=axis, keepdims=True)
            """;

    @Inject
    SubmissionService submissions;

    @Test
    void shouldServeOnlyHealthAndMetrics() {
        given().when().get("/q/health/live").then().statusCode(200);
        // Anonymous callers get only the status (the checks' details are for admins, who log in on a web instance).
        given().when().get("/q/health").then().statusCode(200).body(containsString("\"UP\""));
        given().when().get("/q/metrics").then().statusCode(200);
        for (String path : new String[] {"/", "/questions", "/exercises", "/login", "/api/v1/exercises",
                "/api/v1/questions", "/q/openapi", "/q/swagger-ui", "/css/app.css", "/q/healthy", "/staff"}) {
            assertThat(given().when().get(path).statusCode()).as(path).isEqualTo(404);
        }
        given().contentType("application/json").body("{\"language\":\"python\",\"mode\":\"submit\",\"code\":\"x\"}")
                .when().post("/api/v1/exercises/softmax/submissions").then().statusCode(404)
                .contentType("application/problem+json").body(containsString("tensorjudge.role=worker"));
    }

    @Test
    void shouldGradeWhatAnotherInstanceQueued() throws InterruptedException {
        // What a web instance does on POST /api/v1/exercises/softmax/submissions: a QUEUED row, no local wake-up here.
        String id = submissions.submitPractice("softmax", "python", SOFTMAX, "submit", "worker-role-test");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        SubmissionSnapshot s = submissions.find(id).orElseThrow();
        while (!"DONE".equals(s.status().name()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            s = submissions.find(id).orElseThrow();
        }
        assertThat(s.status().name()).isEqualTo("DONE");
        assertThat(s.verdict().name()).isEqualTo("ACCEPTED");
    }
}

package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionResourceTest {

    private static final String PROBLEM = "application/problem+json";
    static final String GOOD_SOFTMAX = """
            import numpy as np

            def softmax(x, axis=-1):
                shifted = x - np.max(x, axis=axis, keepdims=True)
                e = np.exp(shifted)
                return e / np.sum(e, axis=axis, keepdims=True)
            """;
    static final String NAIVE_SOFTMAX = """
            import numpy as np

            def softmax(x, axis=-1):
                e = np.exp(x)
                return e / np.sum(e, axis=axis, keepdims=True)
            """;

    @Nested
    class Exercises {

        @Test
        void shouldListExercisesWithTheSpecFields() {
            given().when().get("/api/v1/exercises").then().statusCode(200)
                    .body("id", hasItem("softmax")).body("id", hasItem("rnn-dropout"))
                    .body("find { it.id == 'softmax' }.languages", equalTo(List.of("python", "java")))
                    .body("find { it.id == 'softmax' }.difficulty", matchesPattern("easy|medium|hard"));
            given().queryParam("topic", "optimizers").when().get("/api/v1/exercises").then().statusCode(200)
                    .body("id", hasItem("adamw-step"));
            given().queryParam("q", "lstm").when().get("/api/v1/exercises").then().statusCode(200)
                    .body("id", hasItem("lstm-cell"));
        }

        @Test
        void shouldDescribeAnExerciseWithoutSolutionsOrHiddenData() {
            String body = given().when().get("/api/v1/exercises/softmax").then().statusCode(200)
                    .body("id", equalTo("softmax")).body("statement", notNullValue())
                    .body("starterCode.python", notNullValue()).body("starterCode.java", notNullValue())
                    .body("signature.python", equalTo("def softmax(x, axis=-1)"))
                    .body("visibleTests.name", hasItem("basic-2d"))
                    .extract().asString();
            assertThat(body).doesNotContain("np.exp(").doesNotContain("large-logits").doesNotContain("mutant");
        }

        @Test
        void shouldAnswer404ForAnUnknownExercise() {
            given().when().get("/api/v1/exercises/nope").then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Nested
    class Grading {

        @Test
        void shouldAcceptACorrectSoftmaxWithFullScore() {
            JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", "python", GOOD_SOFTMAX, "submit"),
                    Duration.ofSeconds(60));
            assertThat(done.getString("verdict")).isEqualTo("ACCEPTED");
            assertThat(done.getDouble("score")).isEqualTo(1.0);
            assertThat(done.getList("tests.visible", Boolean.class)).contains(true, false);
            assertThat(done.getString("finishedAt")).isNotNull();
            String current = given().when().get("/api/v1/exercises/softmax").then().extract().path("version");
            assertThat(done.getString("exerciseVersion")).as("graded against the version it was made under")
                    .isNotBlank().isEqualTo(current);
        }

        @Test
        void shouldRunOnlyVisibleTestsInRunMode() {
            JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", "python", GOOD_SOFTMAX, "run"),
                    Duration.ofSeconds(60));
            assertThat(done.getList("tests.visible", Boolean.class)).containsOnly(true);
            assertThat(done.getString("verdict")).isEqualTo("ACCEPTED");
        }

        @Test
        void shouldExplainAnOverflowingSoftmaxAndHideHiddenData() {
            JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", "python", NAIVE_SOFTMAX, "submit"),
                    Duration.ofSeconds(60));
            assertThat(done.getString("verdict")).isEqualTo("WRONG_ANSWER");
            assertThat(done.getDouble("score")).isBetween(0.0, 0.99);
            List<Map<String, Object>> tests = done.getList("tests");
            Map<String, Object> extremes = tests.stream().filter(t -> t.get("name").equals("explicit-extremes"))
                    .findFirst().orElseThrow();
            assertThat(extremes.get("passed")).isEqualTo(false);
            assertThat((String) extremes.get("message")).containsIgnoringCase("nan");
            tests.stream().filter(t -> !(Boolean) t.get("visible")).forEach(hidden -> {
                assertThat(hidden.get("input")).isNull();
                assertThat(hidden.get("expected")).isNull();
                assertThat(hidden.get("got")).isNull();
            });
        }

        @Test
        void shouldReportASyntaxErrorAsCompileError() {
            JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", "python", "def softmax(x, axis=-1)\n",
                    "submit"), Duration.ofSeconds(60));
            assertThat(done.getString("verdict")).isEqualTo("COMPILE_ERROR");
            assertThat(done.getDouble("score")).isEqualTo(0.0);
        }

        @Test
        void shouldKeepOtherTestsWhenOneRaises() {
            String code = GOOD_SOFTMAX + "\n_real = softmax\n\ndef softmax(x, axis=-1):\n"
                    + "    if axis == 0:\n        raise ValueError('no axis 0 here')\n    return _real(x, axis)\n";
            JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", "python", code, "run"),
                    Duration.ofSeconds(60));
            assertThat(done.getString("verdict")).isEqualTo("RUNTIME_ERROR");
            assertThat(done.getList("tests.passed", Boolean.class)).contains(true, false);
            assertThat(done.getString("tests.find { it.name == 'axis-0' }.message")).contains("no axis 0 here");
        }

        @Test
        void shouldStreamStatusChangesUntilDone() {
            String id = Submissions.submit("softmax", "python", GOOD_SOFTMAX, "run");
            String stream = given().accept("text/event-stream").when().get("/api/v1/submissions/{id}/events", id)
                    .then().statusCode(200).extract().asString();
            assertThat(stream).contains("data:").contains("\"status\":\"DONE\"").contains("\"verdict\":\"ACCEPTED\"");
        }
    }

    @Nested
    class Errors {

        private io.restassured.response.ValidatableResponse post(String exercise, String body) {
            return given().header("X-Forwarded-For", Submissions.newClient()).contentType(ContentType.JSON)
                    .body(body).when().post("/api/v1/exercises/{id}/submissions", exercise).then();
        }

        @Test
        void shouldRejectUnknownLanguageModeAndMissingFields() {
            post("softmax", "{\"language\":\"cobol\",\"code\":\"x\",\"mode\":\"run\"}").statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", equalTo("language"));
            post("softmax", "{\"language\":\"python\",\"code\":\"x\",\"mode\":\"fast\"}").statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", equalTo("mode"));
            post("softmax", "{\"language\":\"python\",\"mode\":\"run\"}").statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("code"));
            post("softmax", "{\"language\":").statusCode(400).contentType(PROBLEM);
        }

        @Test
        void shouldAnswer413ForCodeOverTheLimit() {
            String big = "#" + "x".repeat(65 * 1024) + "\n";
            given().header("X-Forwarded-For", Submissions.newClient()).contentType(ContentType.JSON)
                    .body(Map.of("language", "python", "mode", "run", "code", big))
                    .when().post("/api/v1/exercises/softmax/submissions").then().statusCode(413)
                    .contentType(PROBLEM).body("status", equalTo(413));
        }

        @Test
        void shouldAnswer404ForUnknownExerciseOrSubmission() {
            post("nope", "{\"language\":\"python\",\"code\":\"x\",\"mode\":\"run\"}").statusCode(404)
                    .contentType(PROBLEM);
            given().when().get("/api/v1/submissions/{id}", "no-such-id").then().statusCode(404).contentType(PROBLEM)
                    .body("verdict", nullValue());
        }

        @Test
        void shouldRateLimitAnonymousSubmissionsPerClient() {
            String client = Submissions.newClient();
            int accepted = 0;
            io.restassured.response.Response refused = null;
            for (int i = 0; i < 61 && refused == null; i++) {
                io.restassured.response.Response r = given().header("X-Forwarded-For", client)
                        .contentType(ContentType.JSON).body(Map.of("language", "python", "mode", "fast", "code", ""))
                        .when().post("/api/v1/exercises/softmax/submissions");
                if (r.statusCode() == 429) {
                    refused = r;
                } else {
                    accepted++;
                }
            }
            assertThat(refused).isNotNull();
            assertThat(accepted).isGreaterThanOrEqualTo(30);
            refused.then().contentType(PROBLEM).header("Retry-After", notNullValue());
        }
    }
}

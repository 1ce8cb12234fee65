package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.tensorjudge.bank.QuestionService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    QuestionService questions;

    /** Each test answers as its own client, so that rate limits of one test never leak into another. */
    private static io.restassured.specification.RequestSpecification client() {
        return given().header("X-Forwarded-For", "10.9." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250)).header("X-Test-Client", UUID.randomUUID().toString());
    }

    private static ValidatableResponse answer(String id, String body) {
        return client().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/questions/{id}/answers", id).then();
    }

    private Map<String, Object> keyOf(String id) {
        var def = questions.find(id).orElseThrow().content();
        return Map.of("correct", def.correct(), "wrong", def.choices().stream().map(c -> c.key())
                .filter(k -> !def.correct().contains(k)).findFirst().orElseThrow());
    }

    @Nested
    class Listing {

        @Test
        void shouldListAllQuestionsWithoutAnswers() {
            List<Map<String, Object>> all = given().when().get("/api/v1/questions").then()
                    .statusCode(200).contentType(ContentType.JSON)
                    .body("size()", greaterThanOrEqualTo(100))
                    .body("id", hasItem("alexnet-seed-01"))
                    .body("[0]", hasKey("stem")).body("[0]", hasKey("choices")).body("[0]", hasKey("multiple"))
                    .body("[0]", not(hasKey("correct"))).body("[0]", not(hasKey("explanation")))
                    .extract().jsonPath().getList("$");
            assertThat(all).allSatisfy(q -> assertThat(q.keySet()).contains("id", "topic", "source", "stem",
                    "choices", "multiple"));
        }

        @Test
        void shouldFilterByTopicAndSource() {
            given().queryParam("topic", "batchnorm").when().get("/api/v1/questions").then().statusCode(200)
                    .body("size()", greaterThanOrEqualTo(2))
                    .body("topics", everyItem(hasItem("batchnorm")));
            given().queryParam("source", "resnet").when().get("/api/v1/questions").then().statusCode(200)
                    .body("size()", greaterThanOrEqualTo(20))
                    .body("source", everyItem(equalTo("resnet")));
            given().queryParam("topic", "no-such-topic").when().get("/api/v1/questions").then().statusCode(200)
                    .body("size()", equalTo(0));
        }

        @Test
        void shouldServeEnglishWhenAskedAndAvailable() {
            String zh = given().when().get("/api/v1/questions?source=resnet").then().extract().path("[0].stem");
            String en = given().when().get("/api/v1/questions?source=resnet&lang=en").then().extract()
                    .path("[0].stem");
            assertThat(en).isNotBlank().isNotEqualTo(zh);
        }
    }

    @Nested
    class Answering {

        @Test
        void shouldConfirmTheCorrectAnswerWithExplanation() {
            Map<String, Object> key = keyOf("resnet-seed-01");
            answer("resnet-seed-01", "{\"choices\":" + toJson((List<?>) key.get("correct")) + "}")
                    .statusCode(200).body("correct", equalTo(true))
                    .body("correctChoices", equalTo(key.get("correct")))
                    .body("explanation", notNullValue());
        }

        @Test
        void shouldRejectAWrongAnswerAndRevealTheKey() {
            Map<String, Object> key = keyOf("alexnet-seed-03");
            answer("alexnet-seed-03", "{\"choices\":[\"" + key.get("wrong") + "\"]}")
                    .statusCode(200).body("correct", equalTo(false))
                    .body("correctChoices", equalTo(key.get("correct")));
        }

        private static String toJson(List<?> keys) {
            return keys.stream().map(k -> "\"" + k + "\"").reduce((a, b) -> a + "," + b)
                    .map(s -> "[" + s + "]").orElse("[]");
        }
    }

    @Nested
    class Errors {

        @Test
        void shouldAnswer404ProblemForAnUnknownQuestion() {
            answer("no-such-question", "{\"choices\":[\"A\"]}").statusCode(404).contentType(PROBLEM)
                    .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                    .body("detail", equalTo("No question with id 'no-such-question'."));
        }

        @Test
        void shouldAnswer400ProblemForMalformedJson() {
            answer("alexnet-seed-01", "{\"choices\":").statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400)).body("detail", equalTo("The request body is not valid JSON."));
        }

        @Test
        void shouldAnswer400WithFieldErrorsForAMissingField() {
            answer("alexnet-seed-01", "{}").statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("choices")).body("errors[0].message", equalTo("is required"));
        }

        @Test
        void shouldAnswer400ForAnEmptyOrUnknownChoice() {
            answer("alexnet-seed-01", "{\"choices\":[]}").statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("choices"));
            answer("alexnet-seed-01", "{\"choices\":[\"Z\"]}").statusCode(400).contentType(PROBLEM)
                    .body("detail", startsWith("Unknown choice 'Z'"));
            answer("alexnet-seed-01", "{\"choices\":{\"x\":1}}").statusCode(400).contentType(PROBLEM);
        }

        @Test
        void shouldAnswer404ProblemForAnUnknownApiPath() {
            given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM)
                    .body("status", equalTo(404));
        }

        @Test
        void shouldAnswer429WithRetryAfterWhenAClientAnswersTooOften() {
            var spec = client().contentType(ContentType.JSON).body("{\"choices\":[\"A\"]}");
            int limit = 120;
            int accepted = 0;
            // A minute boundary may fall inside the loop and reset the window once, hence up to two windows.
            io.restassured.response.Response refused = null;
            for (int i = 0; i <= 2 * limit && refused == null; i++) {
                io.restassured.response.Response response = spec.when().post("/api/v1/questions/alexnet-seed-01/answers");
                if (response.statusCode() == 429) {
                    refused = response;
                } else {
                    assertThat(response.statusCode()).isEqualTo(200);
                    accepted++;
                }
            }
            assertThat(refused).as("a 429 after %d accepted answers", accepted).isNotNull();
            assertThat(accepted).isGreaterThanOrEqualTo(limit);
            refused.then().contentType(PROBLEM).header("Retry-After", notNullValue()).body("status", equalTo(429));
            answer("alexnet-seed-01", "{\"choices\":[\"A\"]}").statusCode(200);
        }
    }
}

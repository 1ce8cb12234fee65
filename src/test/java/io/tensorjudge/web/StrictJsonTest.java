package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrong JSON types are refused as problem+json, never coerced (an outside client sent "code": 123 and got a 202). */
@QuarkusTest
class StrictJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"language\":\"python\",\"code\":123,\"mode\":\"run\"}",
            "{\"language\":\"python\",\"code\":true,\"mode\":\"run\"}",
            "{\"language\":\"python\",\"code\":{\"a\":1},\"mode\":\"run\"}",
            "{\"language\":7,\"code\":\"x = 1\",\"mode\":\"run\"}",
            "{\"language\":\"python\",\"code\":\"x = 1\",\"mode\":[\"run\"]}"})
    void shouldRefuseASubmissionWhoseStringFieldHasAnotherType(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/exercises/softmax/submissions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("wrong type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"choices\":[1]}", "{\"choices\":\"A\"}", "{\"choices\":[{\"k\":\"A\"}]}"})
    void shouldRefuseAnAnswerWhoseChoicesAreNotStrings(String body) {
        String id = given().when().get("/api/v1/questions").then().statusCode(200).extract().path("[0].id");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/questions/" + id + "/answers")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }
}

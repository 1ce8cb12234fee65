package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldExposeHealthMetricsAndOpenApi() {
        given().when().get("/api/v1/questions").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).when().get("/q/health/ready").then()
                .body(containsString("Database connections health check"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/questions"));
    }
}

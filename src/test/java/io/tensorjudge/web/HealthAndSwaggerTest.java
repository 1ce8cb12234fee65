package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI is off by default while the OpenAPI document stays; the health endpoints tell anonymous callers (and
 * staff other than admins) only UP or DOWN, and admins the full report.
 */
@QuarkusTest
class HealthAndSwaggerTest {

    @Test
    void swaggerUiIsOffByDefaultButTheOpenApiDocumentIsServed() {
        given().redirects().follow(false).get("/q/swagger-ui").then().statusCode(404);
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
        assertThat(given().get("/?lang=en").asString()).doesNotContain("/q/swagger-ui").contains("href=\"/q/openapi\"");
    }

    @Test
    void anonymousCallersGetOnlyTheStatus() {
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/health", "/q/health/started",
                "/q/health/ready/")) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 503);
            String body = response.asString();
            Map<String, Object> json = JsonPath.from(body).getMap("$");
            assertThat(json).as(path).containsOnlyKeys("status");
            assertThat(json.get("status")).as(path).isEqualTo(response.statusCode() == 200 ? "UP" : "DOWN");
            // no check names, no data: no host paths, tools or error texts
            assertThat(body).as(path).doesNotContain("checks", "/", "sandbox", "nd4j", "Database");
        }
    }

    @Test
    void staffWithoutAdminGetOnlyTheStatusAndAdminsTheReport() {
        String interviewer = StaffSessions.newStaff("INTERVIEWER", "INSTRUCTOR");
        Map<String, Object> staff = given().cookie(StaffSessions.SESSION_COOKIE, interviewer).get("/q/health/ready")
                .jsonPath().getMap("$");
        assertThat(staff).containsOnlyKeys("status");

        JsonPath admin = given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).get("/q/health/ready")
                .jsonPath();
        assertThat(admin.getList("checks.name", String.class))
                .contains("sandbox", "nd4j-reference", "Database connections health check");
        // the same status both ways
        assertThat(admin.getString("status")).isEqualTo(given().get("/q/health/ready").jsonPath().getString("status"));
    }
}

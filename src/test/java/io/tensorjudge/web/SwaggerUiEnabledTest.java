package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** tensorjudge.api.swagger-ui=true serves Swagger UI, and only its path gets the inline-script policy it needs. */
@QuarkusTest
@TestProfile(SwaggerUiEnabledTest.SwaggerUiOn.class)
class SwaggerUiEnabledTest {

    public static class SwaggerUiOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tensorjudge.api.swagger-ui", "true");
        }
    }

    @Test
    void swaggerUiIsServedWithItsOwnPolicyAndEverythingElseStaysStrict() {
        Response ui = given().get("/q/swagger-ui/");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.asString()).containsIgnoringCase("swagger");
        assertThat(ui.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'",
                "frame-ancestors 'none'");
        assertThat(ui.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Response home = given().get("/?lang=en");
        assertThat(home.header("Content-Security-Policy")).contains("script-src 'self';").doesNotContain("unsafe-inline");
        assertThat(home.asString()).contains("href=\"/q/swagger-ui\"");
        assertThat(given().get("/api/v1/questions").header("Content-Security-Policy")).doesNotContain("unsafe-inline");
    }
}

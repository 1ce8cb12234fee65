package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of response carries the security headers: pages (practice, staff, candidate, error pages), the JSON
 * API and its problem+json, login redirects, static assets, Quarkus' /q endpoints. The policy allows no inline
 * script or style; only a page that asked for a style nonce gets one, fresh for each response.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    private static String staff;
    private static String token;

    /** Once per class; in @BeforeEach because RestAssured knows the test port only then. */
    @BeforeEach
    void assessmentWithAnInvite() {
        if (token != null) {
            return;
        }
        staff = StaffSessions.newStaff("INTERVIEWER", "INSTRUCTOR");
        long id = as(staff).body(Map.of("title", "Headers", "timeLimitMinutes", 30, "languages", List.of("python"),
                        "allowRun", true, "items", List.of(Map.of("kind", "EXERCISE", "refId", "softmax", "points", 5))))
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath().getLong("id");
        String link = as(staff).body(Map.of("name", "Header Candidate", "email", "h@example.com"))
                .post("/api/v1/assessments/{id}/invites", id).then().statusCode(201).extract().jsonPath()
                .getString("link");
        token = link.substring(link.lastIndexOf('/') + 1);
    }

    private static RequestSpecification as(String session) {
        return given().cookie(StaffSessions.SESSION_COOKIE, session).contentType(ContentType.JSON);
    }

    /** The headers every response must carry; returns the policy. */
    private static String assertHardened(Response response, String what) {
        assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).as(what).isIn("same-origin", "no-referrer");
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).as(what).isNotNull()
                .contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "object-src 'none'",
                        "base-uri 'none'");
        // the one loosening: style attributes on the page that holds the editor (it has a style nonce)
        String strict = nonceOf(policy) == null ? policy : policy.replace("; style-src-attr 'unsafe-inline'", "");
        assertThat(strict).as(what).doesNotContain("unsafe-inline", "unsafe-eval", "*");
        return policy;
    }

    private static Response get(RequestSpecification request, String path) {
        return request.redirects().follow(false).when().get(path);
    }

    @Test
    void everyPageCarriesTheHeaders() {
        Map<String, Integer> anonymous = Map.of(
                "/", 200, "/questions", 200, "/questions?source=resnet", 200,
                "/exercises", 200, "/exercises/softmax", 200, "/exercises/no-such-exercise", 404,
                "/login", 200, "/take/" + token, 200, "/staff", 303);
        anonymous.forEach((path, status) -> {
            Response response = get(given(), path);
            assertThat(response.statusCode()).as(path).isEqualTo(status);
            assertHardened(response, path);
        });
        // the answer page of the form without JavaScript, and its 404
        Response answered = CsrfForms.form().header("X-Forwarded-For", "198.51.100.73").formParam("choice", "A")
                .post("/questions/alexnet-seed-01");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertHardened(answered, "answered page");
        Response unknown = CsrfForms.form().header("X-Forwarded-For", "198.51.100.73").formParam("choice", "A")
                .post("/questions/no-such-question");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertHardened(unknown, "answer 404 page");
        for (String path : List.of("/staff", "/assessments", "/assessments/new", "/authoring",
                "/authoring/exercises/step-lr", "/authoring/questions/resnet-seed-02", "/statistics")) {
            Response response = get(given().cookie(StaffSessions.SESSION_COOKIE, staff), path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertHardened(response, path);
        }
        Response forbidden = get(given().cookie(StaffSessions.SESSION_COOKIE, staff), "/admin/staff");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertHardened(forbidden, "403 page");
        String adminSession = StaffSessions.admin();
        for (String path : List.of("/admin/staff", "/admin/status")) {
            Response admin = get(given().cookie(StaffSessions.SESSION_COOKIE, adminSession), path);
            assertThat(admin.statusCode()).as(path).isEqualTo(200);
            assertHardened(admin, path);
        }
    }

    @Test
    void candidatePagesKeepTheirStricterReferrerPolicy() {
        assertThat(get(given(), "/take/" + token).header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(get(given(), "/").header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void apiResponsesAssetsAndQuarkusEndpointsCarryTheHeaders() {
        assertHardened(given().accept(ContentType.JSON).get("/api/v1/questions").then().statusCode(200)
                .contentType(ContentType.JSON).extract().response(), "API list");
        assertHardened(given().accept(ContentType.JSON).get("/api/v1/questions/no-such-question").then()
                .statusCode(404).contentType("application/problem+json").extract().response(), "API problem");
        assertHardened(given().accept(ContentType.JSON).get("/api/v1/assessments").then().statusCode(401)
                .extract().response(), "API 401");
        assertHardened(as(staff).get("/api/v1/assessments").then().statusCode(200).extract().response(),
                "staff API");
        // from an address of its own, so that this failure counts towards no other test's login throttle
        assertHardened(given().header("X-Forwarded-For", "198.51.100.71")
                .contentType("application/x-www-form-urlencoded").formParam("j_username", "nobody")
                .formParam("j_password", "wrong-password").redirects().follow(false).post("/j_security_check")
                .then().statusCode(org.hamcrest.Matchers.oneOf(302, 303)).extract().response(), "failed login redirect");
        for (String path : List.of("/css/app.css", "/js/app.js", "/webjars/katex/0.18.11/dist/katex.min.js",
                "/q/health/ready", "/q/health/live", "/q/openapi")) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 503);
            assertHardened(response, path);
        }
    }

    @Test
    void onlyTheEditorPageGetsAStyleNonceFreshForEachResponse() {
        Response first = get(given(), "/exercises/softmax");
        Response second = get(given(), "/exercises/softmax");
        String policy = assertHardened(first, "editor page");
        String nonce = nonceOf(policy);
        assertThat(nonce).isNotNull().hasSizeGreaterThanOrEqualTo(22); // 128 bits, base64
        assertThat(policy).contains("style-src 'self' 'nonce-" + nonce + "'; style-src-attr 'unsafe-inline';");
        assertThat(first.asString()).contains("<meta property=\"csp-nonce\" nonce=\"" + nonce + "\">");
        assertThat(nonceOf(assertHardened(second, "editor page again"))).isNotNull().isNotEqualTo(nonce);
        for (String path : List.of("/", "/questions", "/exercises", "/login", "/take/" + token)) {
            String other = assertHardened(get(given(), path), path);
            assertThat(other).as(path).contains("style-src 'self';").doesNotContain("nonce-", "style-src-attr");
        }
    }

    private static String nonceOf(String policy) {
        Matcher m = NONCE.matcher(policy);
        return m.find() ? m.group(1) : null;
    }
}

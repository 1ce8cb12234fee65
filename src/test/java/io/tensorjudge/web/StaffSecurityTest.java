package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.StaffSessions.SESSION_COOKIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tensorjudge.account.StaffAccount;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffSecurityTest {

    @Test
    void shouldAnswer401ProblemWhenNotLoggedIn() {
        given().when().get("/api/v1/staff/me").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        given().when().get("/api/v1/admin/staff").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldLogInWithTheFirstAdminAndSeeAllRoles() {
        given().cookie(SESSION_COOKIE, StaffSessions.admin()).when().get("/api/v1/staff/me").then().statusCode(200)
                .body("username", equalTo("admin")).body("roles", hasItem("ADMIN"));
    }

    @Test
    void shouldRefuseAWrongPassword() {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", "not-the-password")
                .when().post("/j_security_check");
        assertThat(response.statusCode()).as(response.headers().toString()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/login/failed");
        assertThat(response.getCookie(SESSION_COOKIE)).isNull();
        given().when().get("/login/failed").then().statusCode(401).body(containsString("role=\"alert\""));
    }

    @Test
    @Transactional
    void shouldStoreOnlyABcryptHash() {
        StaffAccount admin = StaffAccount.findByUsername("admin").orElseThrow();
        assertThat(admin.passwordHash).startsWith("$2a$").doesNotContain(StaffSessions.ADMIN_PASSWORD);
    }

    @Test
    void shouldForbidAdminEndpointsToAnInterviewer() {
        String interviewer = StaffSessions.newStaff("INTERVIEWER");
        given().cookie(SESSION_COOKIE, interviewer).when().get("/api/v1/staff/me").then().statusCode(200)
                .body("roles", equalTo(List.of("INTERVIEWER")));
        given().cookie(SESSION_COOKIE, interviewer).when().get("/api/v1/admin/staff").then().statusCode(403)
                .contentType("application/problem+json");
        given().cookie(SESSION_COOKIE, interviewer).contentType("application/json")
                .body(Map.of("username", "mallory", "password", "0123456789", "roles", List.of("ADMIN")))
                .when().post("/api/v1/admin/staff").then().statusCode(403);
        given().cookie(SESSION_COOKIE, interviewer).redirects().follow(false).when().get("/admin/staff").then()
                .statusCode(403).contentType(containsString("text/html"));
    }

    @Test
    void shouldRejectABadNewAccountWithFieldErrors() {
        given().cookie(SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", "X y", "password", "short", "roles", List.of("CEO")))
                .when().post("/api/v1/admin/staff").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("username", "password", "roles")));
    }

    @Test
    void shouldRedirectPagesToTheLoginPage() {
        given().redirects().follow(false).when().get("/staff").then().statusCode(303)
                .header("Location", containsString("/login"));
        given().when().get("/login").then().statusCode(200).body(containsString("j_security_check"));
    }

    @Test
    void shouldRequireTheCsrfTokenOnTheAddStaffForm() {
        String session = StaffSessions.admin();
        given().cookie(SESSION_COOKIE, session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", "nocsrf").formParam("password", "0123456789abc").formParam("roles", "INSTRUCTOR")
                .when().post("/admin/staff").then().statusCode(400);

        Response page = given().cookie(SESSION_COOKIE, session).when().get("/admin/staff");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(token.find()).as("csrf field in the form").isTrue();
        given().cookie(SESSION_COOKIE, session).cookie("tj-csrf", page.getCookie("tj-csrf")).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .formParam("username", "withcsrf").formParam("password", "0123456789abc")
                .formParam("roles", "INSTRUCTOR")
                .when().post("/admin/staff").then().statusCode(303).header("Location", containsString("created=withcsrf"));
        given().cookie(SESSION_COOKIE, session).when().get("/api/v1/admin/staff").then()
                .body("username", hasItem("withcsrf"));
    }

    @Test
    void shouldExpireTheSessionCookieOnLogout() {
        String session = StaffSessions.admin();
        Response refused = given().cookie(SESSION_COOKIE, session).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("x", "1").when().post("/logout");
        assertThat(refused.statusCode()).as("logout without the CSRF token").isEqualTo(400);
        Response page = given().cookie(SESSION_COOKIE, session).when().get("/staff");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(token.find()).isTrue();
        Response ok = given().cookie(SESSION_COOKIE, session).cookie("tj-csrf", page.getCookie("tj-csrf")).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .when().post("/logout");
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.getDetailedCookie(SESSION_COOKIE).getMaxAge()).isZero();
    }
}

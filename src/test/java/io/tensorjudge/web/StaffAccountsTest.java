package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.StaffSessions.SESSION_COOKIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Own password change, and admins disabling, enabling and resetting accounts; each ends sessions at once. */
@QuarkusTest
class StaffAccountsTest {

    private static final String PASSWORD = "first-password-1";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /**
     * Refused logins and wrong current passwords count against the client address too: they come from an address of
     * this test's own (X-Forwarded-For is trusted from loopback in tests), so other tests' logins stay unthrottled.
     */
    private static final String ADDRESS = "10.99.0.1";

    private static String account() {
        String name = "acct" + System.nanoTime() % 1_000_000;
        given().cookie(SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", name, "password", PASSWORD, "roles", List.of("INTERVIEWER")))
                .when().post("/api/v1/admin/staff").then().statusCode(201);
        return name;
    }

    private static int me(String session) {
        return given().cookie(SESSION_COOKIE, session).when().get("/api/v1/staff/me").statusCode();
    }

    private static Response loginResponse(String name, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", ADDRESS)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", name).formParam("j_password", password).when().post("/j_security_check");
    }

    private static void setDisabled(String name, boolean disabled) {
        given().cookie(SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("disabled", disabled)).when().put("/api/v1/admin/staff/" + name + "/disabled")
                .then().statusCode(200).body("disabled", equalTo(disabled));
    }

    /** A form post from a page of this session, with the page's CSRF token. */
    private static Response formPost(String session, String pagePath, String action, Map<String, String> fields) {
        Response page = given().cookie(SESSION_COOKIE, session).when().get(pagePath);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = CSRF.matcher(page.asString());
        assertThat(token.find()).as("csrf field on " + pagePath).isTrue();
        return given().cookie(SESSION_COOKIE, session).cookie(CsrfForms.COOKIE, page.getCookie(CsrfForms.COOKIE))
                .header("X-Forwarded-For", ADDRESS).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam(CsrfForms.FIELD, token.group(1)).formParams(fields).when().post(action);
    }

    @Test
    void shouldEndADisabledAccountsSessionOnItsNextRequest() {
        String name = account();
        String session = StaffSessions.login(name, PASSWORD);
        String second = StaffSessions.login(name, PASSWORD);
        assertThat(me(session)).isEqualTo(200);

        setDisabled(name, true);
        Response api = given().cookie(SESSION_COOKIE, session).when().get("/api/v1/staff/me");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.jsonPath().getString("detail")).contains("session has ended");
        assertThat(api.getDetailedCookie(SESSION_COOKIE).getMaxAge()).as("cookie expired").isZero();

        Response page = given().cookie(SESSION_COOKIE, second).redirects().follow(false).when().get("/staff");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.header("Location")).endsWith("/login");
        // a public page still works for the holder of the dead cookie, as for a visitor
        given().cookie(SESSION_COOKIE, second).when().get("/").then().statusCode(200);

        Response refused = loginResponse(name, PASSWORD);
        assertThat(refused.statusCode()).as("a disabled account cannot log in").isEqualTo(303);
        assertThat(refused.header("Location")).endsWith("/login/failed");

        setDisabled(name, false);
        assertThat(me(session)).as("enabling again does not revive old sessions").isEqualTo(401);
        assertThat(me(StaffSessions.login(name, PASSWORD))).isEqualTo(200);
    }

    @Test
    void shouldEndTheSessionsWhenAnAdminSetsANewPassword() {
        String name = account();
        String session = StaffSessions.login(name, PASSWORD);
        given().cookie(SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("password", "short")).when().put("/api/v1/admin/staff/" + name + "/password")
                .then().statusCode(400).body("errors[0].field", equalTo("password"));
        assertThat(me(session)).as("a refused reset changes nothing").isEqualTo(200);

        given().cookie(SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("password", "reset-by-admin-1")).when().put("/api/v1/admin/staff/" + name + "/password")
                .then().statusCode(204);
        assertThat(me(session)).isEqualTo(401);
        assertThat(loginResponse(name, PASSWORD).statusCode()).isEqualTo(303);
        assertThat(me(StaffSessions.login(name, "reset-by-admin-1"))).isEqualTo(200);
        given().cookie(SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("password", "whatever-long")).when().put("/api/v1/admin/staff/nobody-x/password")
                .then().statusCode(404);
    }

    @Test
    void shouldChangeOnesOwnPasswordOverTheApi() {
        String name = account();
        String session = StaffSessions.login(name, PASSWORD);
        given().cookie(SESSION_COOKIE, session).header("X-Forwarded-For", ADDRESS).contentType("application/json")
                .body(Map.of("currentPassword", "wrong-password", "newPassword", "my-new-password"))
                .when().post("/api/v1/staff/me/password").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("currentPassword"));
        given().cookie(SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "short"))
                .when().post("/api/v1/staff/me/password").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        given().contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "my-new-password"))
                .when().post("/api/v1/staff/me/password").then().statusCode(401);

        given().cookie(SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "my-new-password"))
                .when().post("/api/v1/staff/me/password").then().statusCode(204);
        assertThat(me(session)).as("every session ends, this one too").isEqualTo(401);
        assertThat(me(StaffSessions.login(name, "my-new-password"))).isEqualTo(200);
    }

    @Test
    void shouldChangeOnesOwnPasswordOnThePage() {
        String name = account();
        String session = StaffSessions.login(name, PASSWORD);
        given().cookie(SESSION_COOKIE, session).when().get("/staff").then().statusCode(200)
                .body(containsString("href=\"/staff/password\""));
        Response wrong = formPost(session, "/staff/password", "/staff/password",
                Map.of("currentPassword", "nope-nope-nope", "newPassword", "page-password-1"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("role=\"alert\"").contains("currentPassword");

        Response ok = formPost(session, "/staff/password", "/staff/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "page-password-1"));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.header("Location")).endsWith("/login?changed=true");
        assertThat(ok.getDetailedCookie(SESSION_COOKIE).getMaxAge()).isZero();
        given().when().get("/login?changed=true").then().statusCode(200).body(containsString("role=\"status\""));
        assertThat(me(session)).isEqualTo(401);
        assertThat(me(StaffSessions.login(name, "page-password-1"))).isEqualTo(200);
    }

    @Test
    void shouldDisableEnableAndResetOnTheAdminPage() {
        String name = account();
        String session = StaffSessions.login(name, PASSWORD);
        String admin = StaffSessions.admin();

        Response disabled = formPost(admin, "/admin/staff", "/admin/staff/" + name + "/disable", Map.of());
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(disabled.header("Location")).contains("updated=" + name);
        assertThat(me(session)).isEqualTo(401);
        String row = given().cookie(SESSION_COOKIE, admin).when().get("/admin/staff").asString();
        assertThat(row).contains("action=\"/admin/staff/" + name + "/enable\"");

        assertThat(formPost(admin, "/admin/staff", "/admin/staff/" + name + "/enable", Map.of()).statusCode())
                .isEqualTo(303);
        Response reset = formPost(admin, "/admin/staff", "/admin/staff/" + name + "/password",
                Map.of("newPassword", "set-on-the-page-1"));
        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(me(StaffSessions.login(name, "set-on-the-page-1"))).isEqualTo(200);

        Response self = formPost(admin, "/admin/staff", "/admin/staff/admin/disable", Map.of());
        assertThat(self.statusCode()).as("an admin cannot disable their own account").isEqualTo(409);
        given().cookie(SESSION_COOKIE, admin).contentType("application/json").body(Map.of("disabled", true))
                .when().put("/api/v1/admin/staff/admin/disabled").then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(me(admin)).isEqualTo(200);
    }
}

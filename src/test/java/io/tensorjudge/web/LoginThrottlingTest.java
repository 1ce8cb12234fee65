package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tensorjudge.assessment.MovableClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Form logins are throttled per account and per client address (X-Forwarded-For is trusted from loopback in tests,
 * so each test uses addresses of its own and the other tests' logins from 127.0.0.1 are untouched).
 */
@QuarkusTest
class LoginThrottlingTest {

    private static final String JSON = "application/json";
    private static final String HTML = "text/html,application/xhtml+xml";

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String account(String password) {
        String name = "guessed" + System.nanoTime() % 1_000_000;
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType(JSON)
                .body(Map.of("username", name, "password", password, "roles", List.of("INTERVIEWER")))
                .when().post("/api/v1/admin/staff").then().statusCode(201);
        return name;
    }

    private static Response login(String username, String password, String address, String accept) {
        return given().redirects().follow(false).header("X-Forwarded-For", address).accept(accept)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    @Test
    void shouldBackOffOverTwentyWrongPasswordsAndLetTheRightOneInAfterTheWait() {
        String password = "correct-horse-battery";
        String victim = account(password);
        String other = account(password);
        String attacker = "10.66.0.1";

        List<Long> waits = new ArrayList<>();
        int wrong = 0;
        while (wrong < 20) {
            Response response = login(victim, "guess-" + wrong, attacker, JSON);
            if (response.statusCode() == 429) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                long wait = Long.parseLong(response.header("Retry-After"));
                assertThat(response.jsonPath().getInt("status")).isEqualTo(429);
                assertThat(response.jsonPath().getString("detail")).contains("try again in " + wait + " s");
                waits.add(wait);
                clock.advance(Duration.ofSeconds(wait));
                continue;
            }
            assertThat(response.statusCode()).as("wrong password %d", wrong).isEqualTo(303);
            assertThat(response.header("Location")).endsWith("/login/failed");
            wrong++;
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L, 900L,
                900L);

        // Blocked now: the right password is refused as well, as JSON and as the login page with the wait.
        Response api = login(victim, password, attacker, JSON);
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.header("Retry-After")).isEqualTo("900");
        assertThat(api.getCookie(StaffSessions.SESSION_COOKIE)).isNull();
        Response form = login(victim, password, "10.66.0.2", HTML);
        assertThat(form.statusCode()).as("the account is blocked from any address").isEqualTo(303);
        assertThat(form.header("Location")).endsWith("/login/failed?wait=900");
        assertThat(form.getCookie(StaffSessions.SESSION_COOKIE)).isNull();
        Response page = given().when().get("/login/failed?wait=900");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Retry-After")).isEqualTo("900");
        assertThat(page.asString()).contains("role=\"alert\"").contains("900");
        assertThat(login(other, password, attacker, JSON).statusCode()).as("the address is blocked for any account")
                .isEqualTo(429);

        // Another account from another address is unaffected.
        Response elsewhere = login(other, password, "10.66.0.3", JSON);
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.getCookie(StaffSessions.SESSION_COOKIE)).isNotBlank();

        clock.advance(Duration.ofSeconds(900));
        Response ok = login(victim, password, attacker, JSON);
        assertThat(ok.statusCode()).as("the right password after the wait").isEqualTo(302);
        given().cookie(StaffSessions.SESSION_COOKIE, ok.getCookie(StaffSessions.SESSION_COOKIE))
                .when().get("/api/v1/staff/me").then().statusCode(200);
    }

    @Test
    void shouldSendABrowserToTheLoginPageWithTheWaitInChinese() {
        String name = account("another-right-password");
        for (int i = 0; i < 5; i++) {
            assertThat(login(name, "nope-" + i, "10.66.1.1", HTML).statusCode()).isEqualTo(303);
        }
        Response form = login(name, "nope", "10.66.1.1", HTML);
        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(form.header("Location")).endsWith("/login/failed?wait=1");
        assertThat(form.header("Retry-After")).isEqualTo("1");
        Response page = given().cookie(RequestLanguage.COOKIE, "zh").when().get("/login/failed?wait=1");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.asString()).contains("1 秒").contains("action=\"/j_security_check\"");
        assertThat(given().when().get("/login/failed?wait=99999").header("Retry-After")).as("capped").isEqualTo("900");
    }
}

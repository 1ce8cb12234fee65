package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.web.StaffSessions;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 14: F5 after an invite in a real browser re-sends nothing (POST -> 303 -> GET) and keeps the link. */
@QuarkusTest
class InviteBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void aReloadAfterAnInviteCreatesNoSecondInvite() {
        String username = "invite-reload-" + System.nanoTime() % 100_000;
        String password = "password-" + username;
        String admin = StaffSessions.admin();
        given().cookie(StaffSessions.SESSION_COOKIE, admin).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Interviewer", "password", password,
                        "roles", List.of("INTERVIEWER")))
                .post("/api/v1/admin/staff").then().statusCode(201);
        String session = StaffSessions.login(username, password);
        long id = given().cookie(StaffSessions.SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("title", "Reload check", "timeLimitMinutes", 20, "languages", List.of("python"),
                        "allowRun", true, "items", List.of(Map.of("kind", "EXERCISE", "refId", "softmax",
                                "points", 5))))
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath().getLong("id");

        Page staff = browser.newPage("en-US");
        BrowserExtension.logIn(staff, base, username, password);
        staff.waitForURL(url -> !url.contains("/login"));
        staff.navigate(base + "assessments/" + id);
        staff.fill("input[name=name]", "Grace Hopper");
        staff.fill("input[name=email]", "grace@example.com");
        staff.click("#invite-button");
        staff.waitForURL(url -> url.matches(".*/assessments/" + id + "\\?invited=\\d+"));
        String link = staff.inputValue("#invite-link");
        assertThat(link).matches(".*/take/[A-Za-z0-9_-]{32}");

        staff.reload();
        assertThat(staff.locator("#invite-link")).hasValue(link);
        staff.reload();
        assertThat(staff.locator("#results tbody tr")).hasCount(1);
        assertThat(given().cookie(StaffSessions.SESSION_COOKIE, session)
                .get("/api/v1/assessments/{id}/attempts", id).jsonPath().getList("name"))
                .containsExactly("Grace Hopper");
        // The link shown after the reloads is the candidate's working one.
        Page candidate = browser.newPage("en-US");
        candidate.navigate(link);
        assertThat(candidate.locator("#start")).isVisible();
    }
}

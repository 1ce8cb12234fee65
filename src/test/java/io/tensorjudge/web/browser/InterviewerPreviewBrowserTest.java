package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.web.StaffSessions;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 in chromium: an interviewer with a Chinese browser previews their English assessment as a candidate
 * (English pages, a preview banner, Run works) and the preview is not on the dashboard; the dashboard names its item
 * columns, shows recommendation and notes and sorts by a clicked column.
 */
@QuarkusTest
class InterviewerPreviewBrowserTest {

    private static final String SOFTMAX = String.join("\n",
            "import numpy as np",
            "",
            "def softmax(x, axis=-1):",
            "    e = np.exp(x - x.max(axis=axis, keepdims=True))",
            "    return e / e.sum(axis=axis, keepdims=True)",
            "");

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void anInterviewerPreviewsTheirEnglishAssessmentFromAChineseBrowser() {
        String username = "preview-" + System.nanoTime() % 100_000;
        String password = "password-" + username;
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Interviewer", "password", password,
                        "roles", List.of("INTERVIEWER")))
                .post("/api/v1/admin/staff").then().statusCode(201);
        String session = StaffSessions.login(username, password);
        long id = given().cookie(StaffSessions.SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("title", "Preview check", "timeLimitMinutes", 20, "languages", List.of("python"),
                        "allowRun", true, "language", "en", "items", List.of(Map.of("kind", "EXERCISE", "refId",
                                "softmax", "points", 5))))
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath().getLong("id");

        Page staff = browser.newPage("zh-CN");
        BrowserExtension.logIn(staff, base, username, password);
        staff.waitForURL(url -> !url.contains("/login"));
        // The login form was English (?lang=en); the switch back to Chinese is remembered in the lang cookie.
        staff.navigate(base + "assessments/" + id + "?lang=zh");
        assertThat(staff.locator("html")).hasAttribute("lang", "zh");
        assertThat(staff.locator("#page-language")).hasText("English");
        staff.click("#preview-assessment");
        staff.waitForURL(url -> url.contains("/take/"));
        // The assessment is English: so is its candidate page, whatever the browser and the cookie say.
        assertThat(staff.locator("html")).hasAttribute("lang", "en");
        assertThat(staff.locator("#preview-banner")).isVisible();
        assertThat(staff.locator("#start")).hasText(java.util.regex.Pattern.compile("Start", java.util.regex.Pattern.CASE_INSENSITIVE));
        staff.click("#start");
        assertThat(staff.locator("#take[data-ready=true]")).isAttached();
        assertThat(staff.locator("#preview-banner")).isVisible();
        var softmax = staff.locator("section.take-item[data-ref=softmax]");
        softmax.locator(".cm-content").fill(SOFTMAX);
        softmax.locator("button.grade[data-mode=run]").click();
        assertThat(softmax.locator(".grade-result strong")).containsText("Run:",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        Browser.screenshot(staff, "guide-interviewer-preview");

        // The dashboard counts no preview.
        staff.navigate(base + "assessments/" + id);
        assertThat(staff.locator("#results")).hasCount(0);
        assertThat(given().cookie(StaffSessions.SESSION_COOKIE, session)
                .get("/api/v1/assessments/{id}/attempts", id).jsonPath().getList("name")).isEmpty();

        // Two candidates, one reviewed: named item column, recommendation and notes, sorting by a click.
        long zed = invite(session, id, "Zed Zhang");
        invite(session, id, "Amy Adams");
        given().cookie(StaffSessions.SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("notes", "Strong numerics", "recommendation", "HIRE"))
                .put("/api/v1/assessments/{id}/attempts/{a}/review", id, zed).then().statusCode(200);
        staff.reload();
        String title = given().cookie(StaffSessions.SESSION_COOKIE, session).queryParam("lang", "zh")
                .get("/api/v1/assessments/{id}", id).jsonPath().getString("items[0].title");
        assertThat(staff.locator("#results th.item-column")).hasText(title);
        assertThat(staff.locator("#results thead")).not().containsText("#1");
        var rows = staff.locator("#results tbody tr");
        assertThat(rows.first().locator("td").first()).containsText("Zed Zhang");
        assertThat(rows.first().locator("td.recommendation")).hasText("录用");
        assertThat(rows.first().locator("td.notes")).hasText("Strong numerics");
        staff.locator("#results th").first().click();
        assertThat(rows.first().locator("td").first()).containsText("Amy Adams");
        assertThat(staff.locator("#results th").first()).hasAttribute("aria-sort", "ascending");
        staff.locator("#results th").first().click();
        assertThat(rows.first().locator("td").first()).containsText("Zed Zhang");
        Browser.screenshot(staff, "guide-interviewer-dashboard-sorted");
    }

    private static long invite(String session, long id, String name) {
        return given().cookie(StaffSessions.SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("name", name, "email", "c@example.com")).post("/api/v1/assessments/{id}/invites", id)
                .then().statusCode(201).extract().jsonPath().getLong("attemptId");
    }
}

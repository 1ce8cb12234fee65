package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.web.StaffSessions;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 14: times are shown in the browser's time zone and in the page language's format, not as ISO strings. */
@QuarkusTest
class LocalTimeBrowserTest {

    private static final String CLOSES = "2030-01-15T10:00:00Z";

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void shouldShowTheClosingTimeInTheBrowsersZoneAndLanguage() {
        String session = StaffSessions.newStaff("INTERVIEWER");
        long id = given().cookie(StaffSessions.SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("title", "Times", "timeLimitMinutes", 20, "languages", List.of("python"),
                        "allowRun", true, "closesAt", CLOSES,
                        "items", List.of(Map.of("kind", "EXERCISE", "refId", "softmax", "points", 5))))
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath().getLong("id");
        String link = given().cookie(StaffSessions.SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("name", "Tim Zone", "email", "tz@example.com"))
                .post("/api/v1/assessments/{id}/invites", id).then().statusCode(201)
                .extract().jsonPath().getString("link");
        String path = link.substring(link.indexOf("take/"));

        Page english = browser.newPage("en-US", "Asia/Tokyo"); // UTC+9
        english.navigate(base + path);
        var closes = english.locator("time.local-time");
        assertThat(closes).hasAttribute("datetime", CLOSES);
        // ICU puts a narrow no-break space before PM.
        assertThat(closes).hasText(java.util.regex.Pattern.compile("Jan 15, 2030, 7:00.PM"));

        Page chinese = browser.newPage("zh-CN", "America/New_York"); // UTC-5 in January
        chinese.navigate(base + path);
        assertThat(chinese.locator("time.local-time")).hasText("2030年1月15日 05:00");
    }
}

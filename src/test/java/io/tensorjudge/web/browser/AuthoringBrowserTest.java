package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseFiles;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An instructor logs in, edits an exercise, breaks a mutant (makes it the solution itself): publishing is blocked
 * with a message naming the mutant; fixed, it publishes and the practice page shows the new version.
 */
@QuarkusTest
class AuthoringBrowserTest {

    private static final String ID = "step-lr";
    private static final String MUTANT = "mutants/ceil.py";
    /** Saving validates in the sandbox: seconds, more on a busy machine. */
    private static final Page.WaitForNavigationOptions VALIDATION = new Page.WaitForNavigationOptions()
            .setTimeout(180_000);

    @TestHTTPResource("/")
    URL base;

    @Inject
    ExerciseCatalog catalog;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void aBrokenMutantBlocksPublishingAndTheFixedExercisePublishes() {
        String username = "ian-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "instructor-password-1";
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Ian Instructor", "password", password,
                        "roles", List.of("INSTRUCTOR")))
                .when().post("/api/v1/admin/staff").then().statusCode(201);
        Map<String, String> published = ExerciseFiles.read(catalog.find(ID).orElseThrow().exercise().folder());
        String marker = "Edited in the browser " + UUID.randomUUID().toString().substring(0, 8);

        Page page = browser.newPage();
        BrowserExtension.logIn(page, base, username, password);
        assertThat(page).hasURL(base + "staff");
        page.locator("a[href='/authoring']").first().click();
        assertThat(page.locator("#exercise-list tr[data-exercise=" + ID + "]")).isVisible();
        shot(page, "guide-instructor-list", null);

        page.locator("#exercise-list tr[data-exercise=" + ID + "] a").first().click();
        assertThat(page.locator("main > h1")).containsText(ID);
        page.locator("textarea[name='file:statement.en.md']").fill(published.get("statement.en.md") + "\n" + marker
                + " with $\\gamma^2$.\n");
        // The live preview renders the Markdown on the server and the math with KaTeX.
        assertThat(page.locator(".editor-file[data-file='statement.en.md'] .preview")).containsText(marker);
        assertThat(page.locator(".editor-file[data-file='statement.en.md'] .preview .katex").last()).isVisible();
        page.locator("textarea[name='file:" + MUTANT + "']").fill(
                "# expect: WRONG_ANSWER  — rounds the number of decays up\n" + published.get("solution.py"));
        shot(page, "guide-instructor-editor", ".editor-file[data-file='statement.en.md']");

        page.waitForNavigation(VALIDATION, () -> page.locator("#save").click());
        assertThat(page.locator(".report-status")).containsText("Cannot be published");
        assertThat(page.locator(".report-runs tr.fail[data-file='" + MUTANT + "']")).containsText("ACCEPTED");
        assertThat(page.locator(".report-runs tr.pass[data-file='solution.py']")).isVisible();
        shot(page, "guide-instructor-report", "#report");

        page.locator("#publish").click();
        assertThat(page.locator("#publish-blocked")).containsText("Publishing is blocked");
        assertThat(page.locator("#publish-blocked")).containsText("mutant " + MUTANT
                + ": expected WRONG_ANSWER, got ACCEPTED");
        shot(page, "guide-instructor-blocked", null);

        page.locator("textarea[name='file:" + MUTANT + "']").fill(published.get(MUTANT));
        page.waitForNavigation(VALIDATION, () -> page.locator("#save").click());
        assertThat(page.locator(".report-status")).containsText("Ready to publish");
        page.locator("#publish").click();
        assertThat(page.locator("#publish-result")).containsText("Published version");
        String version = catalog.find(ID).orElseThrow().version();
        assertThat(page.locator("#publish-result")).containsText(version);
        assertThat(page.locator("#history tr[data-version='" + version + "']")).containsText(username);
        shot(page, "guide-instructor-published", null);

        page.navigate(base + "exercises/" + ID + "?lang=en");
        assertThat(page.locator(".statement")).containsText(marker);
        shot(page, "guide-instructor-practice", null);

        page.navigate(base + "authoring/questions/alexnet-seed-01?lang=en");
        assertThat(page.locator("#yaml")).isVisible();
        shot(page, "guide-instructor-mcq", null);
    }

    /** A screenshot of the window (the editor page is very long) with {@code selector} scrolled to the top, if given. */
    private static void shot(Page page, String name, String selector) {
        if (selector == null) {
            page.evaluate("window.scrollTo(0, 0)");
        } else {
            page.locator(selector).first().evaluate("e => e.scrollIntoView({block: 'start'})");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(name + ".png")));
    }
}

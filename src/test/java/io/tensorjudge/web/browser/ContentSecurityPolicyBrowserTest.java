package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Content-Security-Policy holds in the browser: chromium walks the main flows (practice, login, staff and
 * admin pages, authoring, an interviewer's assessment from builder to review, a candidate's attempt) and reports no
 * violation, while KaTeX still typesets and the CodeMirror editor still styles itself and grades. The watcher is
 * checked first on a deliberate inline style and script, so a silent watcher cannot pass the test.
 */
@QuarkusTest
class ContentSecurityPolicyBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions GRADING = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);
    private static final String SOFTMAX = String.join("\n",
            "import numpy as np",
            "",
            "def softmax(x, axis=-1):",
            "    e = np.exp(x - np.max(x, axis=axis, keepdims=True))",
            "    return e / np.sum(e, axis=axis, keepdims=True)",
            "");

    @TestHTTPResource("/")
    URL base;

    @Inject
    QuestionService questions;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void theWatcherSeesAnInlineStyleAndAnInlineScript() {
        Page page = browser.newPage();
        CspWatch watch = CspWatch.on(page);
        page.navigate(base + "?lang=en");
        page.evaluate("""
                () => {
                  const style = document.createElement('style');
                  style.textContent = 'body { color: red }';
                  document.head.append(style);
                  const script = document.createElement('script');
                  script.textContent = 'window.injected = true';
                  document.head.append(script);
                }""");
        page.waitForTimeout(300);
        assertThat(watch.violations()).anyMatch(v -> v.contains("style-src"));
        assertThat(watch.violations()).anyMatch(v -> v.contains("script-src"));
        assertThat(page.evaluate("() => window.injected === true")).isEqualTo(false);
    }

    @Test
    void theMainFlowsCauseNoViolation() throws Exception {
        String password = "csp-walk-password";
        String interviewer = staffAccount("csp-staff-", password, "INTERVIEWER", "INSTRUCTOR");
        Page page = browser.newPage();
        CspWatch watch = CspWatch.on(page);

        // ---- anonymous practice ----
        page.navigate(base + "?lang=en");
        assertThat(page.locator("h1").first()).isVisible();
        page.navigate(base + "questions?source=dl-fundamentals&lang=en");
        Locator math = page.locator(".katex").first();
        assertThat(math).isVisible();
        // KaTeX's own stylesheet and fonts arrived (nosniff, font-src): its text is set in KaTeX_Main.
        assertThat((String) math.evaluate("e => getComputedStyle(e).fontFamily")).contains("KaTeX_Main");
        page.navigate(base + "questions?source=resnet&lang=en");
        Locator question = page.locator("article.question").first();
        question.locator("input[name=choice]").first().check();
        question.locator("button[type=submit]").click();
        assertThat(question.locator(".result .explanation")).isVisible();
        page.navigate(base + "questions/no-such-question?lang=en");
        page.navigate(base + "questions?lang=en");
        assertThat(page.locator("li.section .progress").first()).isVisible();
        page.navigate(base + "questions/resnet-seed-02?source=resnet&lang=en");
        assertThat(page.locator("#question-position")).isVisible();

        page.navigate(base + "exercises?lang=en");
        page.navigate(base + "exercises/softmax?lang=en");
        assertThat(page.locator("#workbench[data-ready=true]")).isVisible();
        assertThat(page.locator(".statement .katex").first()).isVisible();
        // CodeMirror's injected stylesheet applied (it carries the response's nonce): its base theme makes the
        // editor a flex column, which nothing else on the page does.
        Locator editor = page.locator("#workbench .cm-editor");
        assertThat((String) editor.evaluate("e => getComputedStyle(e).flexDirection")).isEqualTo("column");
        Locator code = page.locator("#workbench .cm-content");
        // Typed as a user types: a line at the end, then over the whole selection (which starts in a highlighted
        // keyword: chromium keeps its colour as a style attribute), then the solution set in one go.
        code.click();
        page.keyboard().press("Control+End");
        page.keyboard().type("\n# typed under the CSP");
        page.keyboard().press("Control+A");
        page.keyboard().type("x = 1");
        assertThat(code).hasText("x = 1");
        code.fill(SOFTMAX);
        assertThat(code).containsText("np.max(x, axis=axis");
        page.locator("#workbench button.run").click();
        assertThat(page.locator("#results .verdict")).isVisible(GRADING);
        assertThat(page.locator("#results tr.test.fail")).hasCount(0);
        page.navigate(base + "exercises/no-such-exercise?lang=en");

        // ---- staff: login (a wrong password first), home, admin, authoring, statistics ----
        // The failed login comes from an address of its own (trusted X-Forwarded-For in tests), so that it counts
        // towards no other test's login throttle.
        Page failed = browser.newPage();
        CspWatch failedWatch = CspWatch.on(failed);
        failed.context().setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.72"));
        failed.navigate(base + "login?lang=en");
        failed.locator("input[name=j_username]").fill(interviewer);
        failed.locator("input[name=j_password]").fill("not-the-password");
        failed.locator("form.stack-form button[type=submit]").click();
        failed.waitForURL(url -> url.contains("/login/failed"));
        Page admin = browser.newPage();
        CspWatch adminWatch = CspWatch.on(admin);
        BrowserExtension.logIn(admin, base, StaffSessions.ADMIN, StaffSessions.ADMIN_PASSWORD);
        admin.waitForURL(url -> url.endsWith("/staff"));
        admin.navigate(base + "admin/staff?lang=en");
        assertThat(admin.locator("main")).containsText(interviewer);
        admin.navigate(base + "admin/status?lang=en");
        assertThat(admin.locator("main h1")).isVisible();

        BrowserExtension.logIn(page, base, interviewer, password);
        page.waitForURL(url -> url.endsWith("/staff"));
        page.navigate(base + "admin/staff?lang=en"); // forbidden page: not an admin
        page.navigate(base + "authoring?lang=en");
        assertThat(page.locator("#exercise-list")).isVisible();
        page.navigate(base + "authoring/exercises/step-lr?lang=en");
        Locator statement = page.locator("textarea[name='file:statement.en.md']");
        statement.fill(statement.inputValue() + "\nPreviewed under the CSP with $\\gamma^2$.\n");
        assertThat(page.locator(".editor-file[data-file='statement.en.md'] .preview .katex").last()).isVisible();
        page.navigate(base + "authoring/questions/resnet-seed-02?lang=en");
        assertThat(page.locator("main h1")).isVisible();
        page.navigate(base + "statistics?lang=en");

        // ---- interviewer: build an assessment, invite ----
        List<PracticeQuestion> mcqs = questions.scorable("backprop").stream()
                .filter(q -> !q.content().hasSeveralAnswers()).limit(1).toList();
        page.navigate(base + "assessments?lang=en");
        page.click("#new-assessment");
        page.fill("input[name=title]", "CSP walk");
        page.fill("input[name=timeLimitMinutes]", "30");
        page.fill("#filter-text", "softmax");
        page.check("#pick-exercise-softmax");
        page.fill("#filter-text", "");
        page.selectOption("#filter-topic", "backprop");
        page.check("#pick-mcq-" + mcqs.get(0).id());
        page.click("#save-assessment");
        page.waitForURL(url -> url.matches(".*/assessments/\\d+$"));
        String dashboard = page.url();
        page.fill("input[name=name]", "Grace Hopper");
        page.fill("input[name=email]", "grace@example.com");
        page.click("#invite-button");
        String link = page.inputValue("#invite-link");

        // ---- candidate: landing, start, answer, run, submit, finish ----
        Page candidate = browser.newPage();
        CspWatch candidateWatch = CspWatch.on(candidate);
        candidate.navigate(link + "?lang=en");
        candidate.click("#start");
        assertThat(candidate.locator("#timer")).not().hasText("--:--");
        Locator mcq = candidate.locator("section.take-item[data-kind=MCQ]").first();
        mcq.locator("input[type=radio]").first().check();
        mcq.locator("button.answer").click();
        assertThat(mcq.locator(".item-status")).hasText("Answer recorded");
        assertThat(candidate.locator(".katex").first()).isAttached();
        Locator softmax = candidate.locator("section.take-item[data-ref=softmax]");
        // the workspace's editor is the practice page's CodeMirror, styled through the same nonce
        assertThat((String) softmax.locator(".cm-editor").evaluate("e => getComputedStyle(e).flexDirection"))
                .isEqualTo("column");
        softmax.locator(".cm-content").fill(Files.readString(Path.of("exercises/softmax/solution.py")));
        assertThat(softmax.locator(".item-status")).containsText("Saved");
        softmax.locator("button.grade[data-mode=submit]").click();
        assertThat(softmax.locator(".grade-result .verdict-ACCEPTED")).isVisible(GRADING);
        candidate.onDialog(dialog -> dialog.accept());
        candidate.click("#finish");
        assertThat(candidate.locator("#finished")).isVisible();

        // ---- interviewer: results with the chart, the attempt's review, similarity ----
        page.navigate(dashboard + "?lang=en");
        assertThat(page.locator("#score-chart[data-drawn=true]")).isVisible();
        page.locator("#results tbody tr").first().locator("a").last().click();
        assertThat(page.locator("#signals, #no-signals").first()).isVisible();
        page.fill("textarea[name=notes]", "Walked under the CSP.");
        page.click("#save-review");
        assertThat(page.locator(".notice")).isVisible();
        page.navigate(dashboard + "/similarity?lang=en");
        assertThat(page.locator("main h1")).isVisible();

        List<String> all = new java.util.ArrayList<>(watch.violations());
        all.addAll(failedWatch.violations());
        all.addAll(adminWatch.violations());
        all.addAll(candidateWatch.violations());
        assertThat(all).as("CSP violations").isEmpty();
    }

    private static String staffAccount(String prefix, String password, String... roles) {
        String username = prefix + System.nanoTime() % 100_000;
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "CSP walker", "password", password,
                        "roles", List.of(roles)))
                .post("/api/v1/admin/staff").then().statusCode(201);
        return username;
    }
}

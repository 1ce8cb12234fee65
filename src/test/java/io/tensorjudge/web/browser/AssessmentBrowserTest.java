package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.ShownChoices;
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
 * The interview flow of issue 7 end to end in chromium: an interviewer builds an assessment with two MCQs and two
 * exercises and copies an invite; the candidate answers, reloads mid-way, submits a correct and a wrong solution
 * and finishes; the interviewer sees the scores, per-test results and the chart, and downloads the CSV. The
 * screenshots (guide-interviewer-*, guide-candidate-*) illustrate docs/user-guide.md.
 */
@QuarkusTest
class AssessmentBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions GRADING = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);

    /** Wrong: forgets the max shift, so large inputs overflow (and the squeeze), a plausible candidate's slip. */
    private static final String WRONG_LOGSUMEXP = String.join("\n",
            "import numpy as np",
            "",
            "def logsumexp(x, axis=-1):",
            "    return np.log(np.sum(np.exp(x), axis=axis))",
            "");

    @TestHTTPResource("/")
    URL base;

    @Inject
    QuestionService questions;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void interviewerAndCandidateGoThroughAnAssessment() throws Exception {
        String username = "guide-interviewer-" + System.nanoTime() % 100_000;
        String password = "password-" + username;
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Interviewer", "password", password,
                        "roles", List.of("INTERVIEWER")))
                .post("/api/v1/admin/staff").then().statusCode(201);
        List<PracticeQuestion> mcqs = questions.scorable("backprop").stream()
                .filter(q -> !q.content().hasSeveralAnswers()).limit(2).toList();
        PracticeQuestion first = mcqs.get(0);
        PracticeQuestion second = mcqs.get(1);

        // ---- interviewer: log in, build the assessment, invite ----
        Page staff = browser.newPage();
        BrowserExtension.logIn(staff, base, username, password);
        staff.navigate(base + "assessments");
        staff.click("#new-assessment");
        staff.fill("input[name=title]", "ML engineer screening");
        staff.fill("input[name=timeLimitMinutes]", "45");
        staff.check("input[name=languages][value=java]");
        staff.fill("#filter-text", "softmax");
        staff.check("#pick-exercise-softmax");
        staff.fill("#filter-text", "logsumexp");
        staff.check("#pick-exercise-logsumexp");
        staff.fill("#filter-text", "");
        staff.selectOption("#filter-topic", "backprop");
        staff.check("#pick-mcq-" + first.id());
        staff.check("#pick-mcq-" + second.id());
        staff.locator("#pick-mcq-" + second.id() + " >> xpath=ancestor::tr").locator("input.points").fill("3");
        Browser.screenshot(staff, "guide-interviewer-builder");
        staff.click("#save-assessment");
        staff.waitForURL(url -> url.matches(".*/assessments/\\d+$"));
        String dashboard = staff.url();

        staff.fill("input[name=name]", "Ada Lovelace");
        staff.fill("input[name=email]", "ada@example.com");
        staff.click("#invite-button");
        assertThat(staff.locator("#invite-link")).isVisible();
        staff.click("#copy-invite");
        String link = staff.inputValue("#invite-link");
        assertThat(link).matches(".*/take/[A-Za-z0-9_-]{32}");
        Browser.screenshot(staff, "guide-interviewer-invite");

        // ---- candidate: rules, start, answer, reload, submit, finish ----
        Page candidate = browser.newPage();
        candidate.navigate(link + "?lang=en");
        assertThat(candidate.locator(".rules")).isVisible();
        Browser.screenshot(candidate, "guide-candidate-landing");
        candidate.click("#start");
        assertThat(candidate.locator("#take[data-ready=true]")).isAttached();
        assertThat(candidate.locator("#timer")).not().hasText("--:--");

        // MCQ sections carry no question id (it would lead to the key on the practice pages): find them by item id.
        var items = given().cookie(StaffSessions.SESSION_COOKIE, sessionOf(staff))
                .get("/api/v1/assessments/{id}", dashboard.substring(dashboard.lastIndexOf('/') + 1)).jsonPath();
        var mcq1 = candidate.locator("section.take-item[data-item='" + itemId(items, first.id()) + "']");
        var mcq2 = candidate.locator("section.take-item[data-item='" + itemId(items, second.id()) + "']");
        assertThat(candidate.content()).doesNotContain(first.id(), second.id());
        var softmax = candidate.locator("section.take-item[data-ref=softmax]");
        var logsumexp = candidate.locator("section.take-item[data-ref=logsumexp]");
        // Each attempt labels the choices in its own order: find the labels behind the bank keys.
        String token = link.substring(link.lastIndexOf('/') + 1);
        String firstRight = ShownChoices.label(token, itemId(items, first.id()), first, first.content().correct().get(0));
        String secondWrong = ShownChoices.label(token, itemId(items, second.id()), second, wrongKey(second));
        mcq1.locator("input[value=" + firstRight + "]").check();
        mcq1.locator("button.answer").click();
        assertThat(mcq1.locator(".item-status")).hasText("Answer recorded");
        mcq2.locator("input[value=" + secondWrong + "]").check();
        assertThat(mcq2.locator(".item-status")).containsText("Saved");
        // The code editor is CodeMirror (the practice page's), mounted over the hidden no-JS <textarea>.
        assertThat(softmax.locator(".cm-editor.code-editor .cm-gutters .cm-lineNumbers")).isVisible();
        assertThat(softmax.locator("textarea.code")).isHidden();
        String solution = Files.readString(Path.of("exercises/softmax/solution.py"));
        fillEditor(softmax, solution);
        assertThat(softmax.locator(".item-status")).containsText("Saved");

        candidate.reload();
        assertThat(candidate.locator("#take[data-ready=true]")).isAttached();
        assertThat(mcq1.locator("input[value=" + firstRight + "]")).isChecked();
        assertThat(mcq2.locator("input[value=" + secondWrong + "]")).isChecked();
        // The autosaved code comes back in the editor.
        assertThat(softmax.locator(".cm-content")).hasText(solution.replace("\n", ""), TEXT_CONTENT);
        candidate.evaluate("window.scrollTo(0, 0)");
        viewport(candidate, "guide-candidate-workspace");

        softmax.locator("button.grade[data-mode=submit]").click();
        assertThat(softmax.locator(".grade-result .verdict-ACCEPTED")).isVisible(GRADING);
        // Typed naturally, Enter after a line ending in ':' indents the next line by 4 spaces.
        Locator code = logsumexp.locator(".cm-content");
        code.click();
        candidate.keyboard().press("Control+a");
        candidate.keyboard().type("def f(x):");
        candidate.keyboard().press("Enter");
        candidate.keyboard().type("return x");
        assertThat(code.locator(".cm-line").nth(1).textContent()).isEqualTo("    return x");
        // Java swaps in its starter in Java mode; back to Python restores the Python draft.
        logsumexp.locator("select.language").selectOption("java");
        assertThat(code).containsText("public static INDArray logsumexp");
        logsumexp.locator("select.language").selectOption("python");
        assertThat(code).containsText("return x");
        // Reset to starter asks first, then brings the Python starter back (and autosaves it).
        candidate.onceDialog(dialog -> dialog.accept());
        logsumexp.locator("button.reset").click();
        assertThat(code).not().containsText("return x");
        assertThat(code).containsText("def logsumexp");
        fillEditor(logsumexp, WRONG_LOGSUMEXP.replace(", axis=axis", ""));
        // A paste into the editor is recorded as an integrity signal (shown to the interviewer, never scored).
        code.dispatchEvent("paste");
        // Ctrl+Enter in the editor runs the visible tests (this assessment allows Run).
        code.click();
        candidate.keyboard().press("Control+Enter");
        assertThat(logsumexp.locator(".grade-result strong")).containsText("Run:", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        fillEditor(logsumexp, WRONG_LOGSUMEXP);
        logsumexp.locator("button.grade[data-mode=submit]").click();
        // The verdict is shown in the page's language; its class keeps the verdict's name.
        assertThat(logsumexp.locator(".grade-result strong.verdict-WRONG_ANSWER")).containsText("Submit: Wrong answer",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        // No answer key on the page (CodeMirror's own autocorrect="off" attribute aside).
        assertThat(candidate.content().replace("autocorrect=\"off\"", "")).doesNotContain("correct", "explanation");
        logsumexp.locator("button.grade[data-mode=submit]").scrollIntoViewIfNeeded();
        viewport(candidate, "guide-candidate-results");

        candidate.onDialog(dialog -> dialog.accept());
        candidate.click("#finish");
        assertThat(candidate.locator("#finished")).isVisible();
        Browser.screenshot(candidate, "guide-candidate-finished");

        // ---- interviewer: scores, chart, review with per-test results, CSV ----
        staff.navigate(dashboard + "?lang=en");
        var row = staff.locator("#results tbody tr").first();
        // MCQ 1 right (2 points), MCQ 2 wrong, softmax accepted (10), logsumexp partly right at most.
        assertThat(row.locator("td.score")).containsText("/ 25");
        double score = Double.parseDouble(row.locator("td.score").innerText().split("/")[0].trim());
        assertThat(score).isGreaterThanOrEqualTo(12.0).isLessThan(25.0);
        assertThat(row.locator("td.item-score").nth(0)).hasText("2");
        assertThat(row.locator("td.item-score").nth(1)).hasText("0");
        // softmax comes after logsumexp in bank order
        assertThat(row.locator("td.item-score").nth(3)).hasText("10");
        assertThat(staff.locator("#score-chart[data-drawn=true]")).isVisible();
        Browser.screenshot(staff, "guide-interviewer-dashboard");

        Download download = staff.waitForDownload(() -> staff.click("#csv-link"));
        String csv = Files.readString(download.path());
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        String[] cells = lines.get(1).split(",");
        assertThat(lines.get(1)).startsWith("Ada Lovelace,ada@example.com,FINISHED,");
        assertThat(List.of(cells[7], cells[8], cells[9], cells[11])).containsExactly("25", "2", "0", "10");

        row.locator("a").last().click();
        assertThat(staff.locator("details[open] table.tests").first()).isVisible();
        assertThat(staff.locator("table.tests td", new Page.LocatorOptions().setHasText("hidden")).first()).isAttached();
        assertThat(staff.locator("#item-" + itemId(items, "softmax") + " .final-code")).containsText("def softmax");
        // logsumexp was run without axis=, then submitted with it: the diff shows that line added.
        assertThat(staff.locator("#item-" + itemId(items, "logsumexp") + " pre.diff .diff-add")).containsText("axis=axis");
        assertThat(staff.locator("#signals")).containsText("PASTE");
        staff.fill("textarea[name=notes]", "Solid numerics; missed the stability trick in logsumexp.");
        staff.check("input[value=HIRE]");
        staff.click("#save-review");
        assertThat(staff.locator(".notice")).isVisible();
        Browser.screenshot(staff, "guide-interviewer-review");
    }

    private static final LocatorAssertions.HasTextOptions TEXT_CONTENT = new LocatorAssertions.HasTextOptions()
            .setUseInnerText(false);

    /** Replaces the editor's text (CodeMirror's contenteditable) and checks it arrived whole. */
    private static void fillEditor(Locator section, String code) {
        Locator editor = section.locator(".cm-content");
        editor.fill(code);
        assertThat(editor).hasText(code.replace("\n", ""), TEXT_CONTENT);
    }

    /** The visible part only: the full candidate page is several screens of statements. */
    private static void viewport(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")));
    }

    private static String sessionOf(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals(StaffSessions.SESSION_COOKIE))
                .findFirst().orElseThrow().value;
    }

    private static long itemId(io.restassured.path.json.JsonPath assessment, String refId) {
        return assessment.getLong("items.find { it.refId == '" + refId + "' }.id");
    }

    private static String wrongKey(PracticeQuestion q) {
        return q.content().choices().stream().map(c -> c.key()).filter(k -> !q.content().correct().contains(k))
                .findFirst().orElseThrow();
    }
}

package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exercise page end to end: CodeMirror, the submissions API, SSE, the real sandbox and the results table. */
@QuarkusTest
class ExercisePracticeBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions GRADING = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);

    /** Correct, stable along any axis. */
    private static final String CORRECT = String.join("\n",
            "import numpy as np",
            "",
            "def softmax(x, axis=-1):",
            "    e = np.exp(x - np.max(x, axis=axis, keepdims=True))",
            "    return e / np.sum(e, axis=axis, keepdims=True)",
            "");

    /** The textbook formula without the max shift: exp(1e4) overflows to inf, inf / inf is NaN. */
    private static final String NAIVE = String.join("\n",
            "import numpy as np",
            "",
            "def softmax(x, axis=-1):",
            "    e = np.exp(x)",
            "    return e / np.sum(e, axis=axis, keepdims=True)",
            "");

    @TestHTTPResource("/")
    URL base;

    @Inject
    ExerciseCatalog catalog;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    private List<String> visibleTests() {
        return catalog.find("softmax").orElseThrow().exercise().spec().cases().stream()
                .filter(ExerciseSpec.CaseSpec::isVisible).map(ExerciseSpec.CaseSpec::name).toList();
    }

    private Page openSoftmax() {
        Page page = browser.newPage();
        page.navigate(base + "exercises/softmax");
        assertThat(page.locator("#workbench[data-ready=true]")).isVisible();
        // The shared editor (code-editor.js), styled by code-editor.css.
        assertThat(page.locator("#workbench .cm-editor.code-editor .cm-lineNumbers")).isVisible();
        return page;
    }

    private static void typeCode(Page page, String code) {
        Locator editor = page.locator("#workbench .cm-content");
        editor.fill(code);
        assertThat(editor).hasText(code.replace("\n", ""), new LocatorAssertions.HasTextOptions().setUseInnerText(false));
    }

    @Test
    void shouldRunACorrectSoftmaxAndPassEveryVisibleTest() throws Exception {
        Page page = openSoftmax();
        List<String> requests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requests.add(request.url()));
        assertThat(page.locator(".statement .katex").first()).isVisible();
        assertThat(page.locator("#workbench .cm-content")).containsText("raise NotImplementedError");
        typeCode(page, CORRECT);
        page.locator("#workbench button.run").click();

        Locator verdict = page.locator("#results .verdict");
        assertThat(verdict).isVisible(GRADING);
        assertThat(verdict).containsText("通过");
        List<String> visible = visibleTests();
        assertThat(page.locator("#results tr.test.pass")).hasCount(visible.size());
        assertThat(page.locator("#results tr.test.fail")).hasCount(0);
        for (String name : visible) {
            assertThat(page.locator("#results tr.test.pass[data-test=" + name + "]")).isVisible();
        }
        assertThat(page.locator("#status")).hasText("评测完成");
        // The history is refreshed in place and links the new submission.
        String id = page.locator("#results .submission").getAttribute("data-submission");
        assertThat(page.locator("#history tr[data-submission='" + id + "']").first()).isVisible();
        // The history shows the submitted code, and loads it back into the editor after a reset.
        Locator entry = page.locator("#history tr.history-code[data-submission='" + id + "']");
        entry.locator("summary").click();
        assertThat(entry.locator("pre.submitted-code")).containsText("np.max(x, axis=axis, keepdims=True)");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#workbench button.reset").click();
        assertThat(page.locator("#workbench .cm-content")).containsText("raise NotImplementedError");
        entry.locator("button.load-code").click();
        assertThat(page.locator("#workbench .cm-content")).containsText("np.max(x, axis=axis, keepdims=True)");
        // Followed live by SSE, not by the polling fallback.
        assertThat(requests).contains(base + "api/v1/submissions/" + id + "/events")
                .doesNotContain(base + "api/v1/submissions/" + id);
        page.locator("#results tr.preview details summary").first().click();
        assertThat(page.locator("#results tr.preview pre").first()).isVisible();
        assertThat(Files.size(Browser.screenshot(page, "exercise-run-passed"))).isPositive();
    }

    @Test
    void shouldSubmitANaiveSoftmaxAndShowTheFailingTestsMessage() throws Exception {
        Page page = browser.newPage();
        page.navigate(base + "exercises/softmax?lang=en");
        assertThat(page.locator("#workbench[data-ready=true]")).isVisible();
        typeCode(page, NAIVE);
        page.locator("#workbench button.submit").click();

        Locator verdict = page.locator("#results .verdict");
        assertThat(verdict).isVisible(GRADING);
        assertThat(verdict).containsText("Wrong answer");
        Locator failing = page.locator("#results tr.test.fail");
        assertThat(failing.first()).isVisible();
        // The page shows exactly the message the API reports for each failing test.
        String id = page.locator("#results .submission").getAttribute("data-submission");
        List<Map<String, Object>> tests = given().get("/api/v1/submissions/" + id).then().statusCode(200)
                .extract().path("tests");
        List<Map<String, Object>> failed = tests.stream().filter(t -> !(Boolean) t.get("passed")).toList();
        assertThat(failed).isNotEmpty();
        assertThat(failing).hasCount(failed.size());
        for (Map<String, Object> test : failed) {
            Locator row = page.locator("#results tr.test.fail[data-test='" + test.get("name") + "']");
            assertThat(row.locator("td.message")).hasText(String.valueOf(test.get("message")));
        }
        assertThat(Files.size(Browser.screenshot(page, "exercise-submit-failed"))).isPositive();
    }

    @Test
    void shouldKeepADraftPerLanguageWhenSwitching() {
        Page page = openSoftmax();
        typeCode(page, CORRECT);
        page.locator("#language").selectOption("java");
        assertThat(page.locator("#workbench .cm-content")).containsText("public static INDArray softmax");
        page.locator("#language").selectOption("python");
        assertThat(page.locator("#workbench .cm-content")).containsText("np.max(x, axis=axis, keepdims=True)");
    }

    /** 1280 px: statement left, editor right, both in view, the separator resizes; 375 px: stacked, header reachable. */
    @Test
    void shouldSplitOnWideScreensAndStackOnPhones() {
        Page page = openSoftmax();
        page.setViewportSize(1280, 800);
        BoundingBox statement = page.locator(".pane-statement .statement").boundingBox();
        BoundingBox editor = page.locator("#workbench .cm-editor").boundingBox();
        BoundingBox run = page.locator("#workbench button.run").boundingBox();
        assertThat(statement.x + statement.width).isLessThanOrEqualTo(editor.x);
        assertThat(editor.x + editor.width).isLessThanOrEqualTo(1280);
        assertThat(editor.y).isLessThan(400); // beside the statement, not 1,900 px below it
        assertThat(run.y + run.height).isLessThan(800);
        assertThat(statement.width).isGreaterThan(400);
        assertThat(editor.width).isGreaterThan(400);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/practice-1280.png")));

        // Dragging the separator to 30 % narrows the statement and widens the editor.
        BoundingBox handle = page.locator(".split-handle").boundingBox();
        page.mouse().move(handle.x + handle.width / 2, handle.y + 100);
        page.mouse().down();
        page.mouse().move(1280 * 0.3, handle.y + 100, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        BoundingBox narrower = page.locator(".pane-statement .statement").boundingBox();
        assertThat(narrower.width).isLessThan(statement.width - 100);
        assertThat(page.locator("#workbench .cm-editor").boundingBox().width).isGreaterThan(editor.width + 100);
        assertThat(page.locator(".split-handle")).hasAttribute("aria-valuenow", "30");

        page.setViewportSize(375, 740);
        BoundingBox stackedStatement = page.locator(".pane-statement .statement").boundingBox();
        BoundingBox stackedEditor = page.locator("#workbench .cm-editor").boundingBox();
        assertThat(stackedEditor.y).isGreaterThan(stackedStatement.y + stackedStatement.height);
        assertThat(stackedEditor.x + stackedEditor.width).isLessThanOrEqualTo(375);
        assertThat(stackedStatement.x + stackedStatement.width).isLessThanOrEqualTo(375);
        assertThat(page.locator(".split-handle")).isHidden();
        // No sideways scrolling of the page, and the header's links and language switch are on screen.
        assertThat((Number) page.evaluate("document.documentElement.scrollWidth")).satisfies(
                w -> assertThat(w.intValue()).isLessThanOrEqualTo(375));
        for (String selector : List.of(".topbar .brand", ".topbar nav a[href='/exercises']", ".lang-switch a")) {
            BoundingBox box = page.locator(selector).first().boundingBox();
            assertThat(box.x).as(selector).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(selector).isLessThanOrEqualTo(375);
            assertThat(box.y + box.height).as(selector).isLessThan(740);
        }
        page.locator(".lang-switch a").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#workbench[data-ready=true]")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/practice-375.png")));
    }

    /** localStorage keeps the code per exercise and language across a reload; reset asks, then restores the starter. */
    @Test
    void shouldKeepTheCodeAcrossAReloadAndResetToTheStarter() {
        Page page = openSoftmax();
        Locator code = page.locator("#workbench .cm-content");
        typeCode(page, CORRECT);
        page.locator("#language").selectOption("java");
        typeCode(page, "// my java draft");
        page.reload();
        assertThat(page.locator("#workbench[data-ready=true]")).isVisible();
        assertThat(code).containsText("np.max(x, axis=axis, keepdims=True)");
        page.locator("#language").selectOption("java");
        assertThat(code).hasText("// my java draft");
        page.locator("#language").selectOption("python");

        // Dismissing the confirmation keeps the code; accepting it brings the starter back, also after a reload.
        List<String> asked = new CopyOnWriteArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.locator("#workbench button.reset").click();
        assertThat(code).containsText("np.max(x, axis=axis, keepdims=True)");
        assertThat(asked).singleElement().asString().contains("初始代码");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#workbench button.reset").click();
        assertThat(code).containsText("raise NotImplementedError");
        assertThat(code).not().containsText("np.max(x, axis=axis, keepdims=True)");
        page.reload();
        assertThat(page.locator("#workbench[data-ready=true]")).isVisible();
        assertThat(code).containsText("raise NotImplementedError");
        // The other language's draft was not touched by the reset.
        page.locator("#language").selectOption("java");
        assertThat(code).hasText("// my java draft");
        // Another exercise starts from its own starter.
        page.navigate(base + "exercises/logsumexp");
        assertThat(page.locator("#workbench[data-ready=true]")).isVisible();
        assertThat(code).not().containsText("my java draft");
        assertThat(code).not().containsText("np.max(x, axis=axis, keepdims=True)");
    }

    /** An endless loop: the status counts the seconds against the wall-time limit until the verdict arrives. */
    @Test
    void shouldCountTheSecondsOfARunningJobAgainstTheLimit() {
        Page page = openSoftmax();
        typeCode(page, "def softmax(x, axis=-1):\n    while True:\n        pass\n");
        page.locator("#workbench button.run").click();
        Locator status = page.locator("#status");
        assertThat(status).hasText(java.util.regex.Pattern.compile(".* [2-9] s / 10 s"), new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(page.locator("#results .verdict")).isVisible(GRADING);
        assertThat(status).hasText("评测完成");
    }

    /** Ctrl+Enter runs; the untouched starter raises in every case, and every visible test reports its failure. */
    @Test
    void shouldRunTheStarterWithCtrlEnterAndFailEveryVisibleTest() {
        Page page = openSoftmax();
        page.locator("#workbench .cm-content").click();
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#results .verdict")).isVisible(GRADING);
        assertThat(page.locator("#results tr.test")).hasCount(visibleTests().size());
        assertThat(page.locator("#results tr.test.fail")).hasCount(visibleTests().size());
        assertThat(page.locator("#results tr.test.fail td.message").first()).not().isEmpty();
    }

    @Test
    void shouldFilterTheListWithoutJavaScript() {
        Page page = browser.newPage();
        page.navigate(base + "exercises");
        page.locator("select[name=topic]").selectOption("lstm");
        page.locator("form.filters button[type=submit]").click();
        assertThat(page).hasURL(base + "exercises?topic=lstm&source=&difficulty=");
        long expected = catalog.listPublic().stream().filter(e -> e.exercise().spec().topics().contains("lstm")).count();
        assertThat(page.locator("table.exercise-list tbody tr")).hasCount((int) expected);
        Browser.screenshot(page, "exercise-list");
    }
}

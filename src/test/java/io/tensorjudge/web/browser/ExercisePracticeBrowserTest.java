package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
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
        assertThat(page.locator("#history tr[data-submission='" + id + "']")).isVisible();
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

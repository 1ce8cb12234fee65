package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.restassured.http.ContentType;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.web.StaffSessions;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The editor marks the line that a compile error or traceback names (practice page and candidate workspace), and the
 * candidate workspace shows readable results in its language, keeps the last result across a reload and names the
 * items left unsubmitted before Finish.
 */
@QuarkusTest
class EditorErrorsBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions GRADING = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);
    private static final LocatorAssertions.HasTextOptions TEXT_CONTENT = new LocatorAssertions.HasTextOptions()
            .setUseInnerText(false);

    /** Line 4 uses a name that does not exist: NameError when the function is called. */
    private static final String NAME_ERROR = String.join("\n",
            "import numpy as np",
            "",
            "def softmax(x, axis=-1):",
            "    return undefined_name + x",
            "");

    /** Line 4 returns a symbol javac cannot find. */
    private static final String JAVA_COMPILE_ERROR = String.join("\n",
            "public class Solution {",
            "    public static org.nd4j.linalg.api.ndarray.INDArray softmax(org.nd4j.linalg.api.ndarray.INDArray x, int axis) {",
            "        int unused = 1;",
            "        return undefinedSymbol;",
            "    }",
            "}",
            "");

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    private static void fill(Locator root, String code) {
        Locator editor = root.locator(".cm-content");
        editor.fill(code);
        assertThat(editor).hasText(code.replace("\n", ""), TEXT_CONTENT);
    }

    /** The editor line {@code line} (1-based) carries an error diagnostic, and no other line does. */
    private static void assertMarked(Locator root, int line, String message) {
        Locator lines = root.locator(".cm-content .cm-line");
        assertThat(lines.nth(line - 1).locator(".cm-lintRange-error")).isVisible(GRADING);
        assertThat(root.locator(".cm-content .cm-lintRange-error")).hasCount(1);
        assertThat(root.locator(".cm-gutter-lint .cm-lint-marker-error")).hasCount(1);
        // The message is the diagnostic's (shown on hover), from the traceback or compiler output.
        lines.nth(line - 1).locator(".cm-lintRange-error").hover();
        assertThat(root.page().locator(".cm-tooltip-lint").first()).containsText(message);
    }

    @Test
    void shouldMarkTheLineOfAPythonNameErrorOnThePracticePage() {
        Page page = browser.newPage();
        page.navigate(base + "exercises/softmax?lang=en");
        Locator workbench = page.locator("#workbench[data-ready=true]");
        assertThat(workbench).isVisible();
        fill(workbench, NAME_ERROR);
        page.locator("#workbench button.run").click();
        assertThat(page.locator("#results .verdict[data-verdict=RUNTIME_ERROR]")).isVisible(GRADING);
        assertMarked(workbench, 4, "NameError");
        // A new run clears the marks until its own result comes.
        fill(workbench, NAME_ERROR.replace("undefined_name + x", "x / x.sum(axis=axis, keepdims=True)"));
        page.locator("#workbench button.run").click();
        assertThat(page.locator("#results .verdict[data-verdict=WRONG_ANSWER], #results .verdict[data-verdict=ACCEPTED]"))
                .isVisible(GRADING);
        assertThat(workbench.locator(".cm-lintRange-error")).hasCount(0);
    }

    @Test
    void shouldMarkTheLineOfAJavaCompileErrorOnThePracticePage() {
        Page page = browser.newPage();
        page.navigate(base + "exercises/softmax?lang=en");
        Locator workbench = page.locator("#workbench[data-ready=true]");
        assertThat(workbench).isVisible();
        page.locator("#language").selectOption("java");
        fill(workbench, JAVA_COMPILE_ERROR);
        page.locator("#workbench button.run").click();
        assertThat(page.locator("#results .verdict[data-verdict=COMPILE_ERROR]")).isVisible(GRADING);
        assertMarked(workbench, 4, "cannot find symbol");
    }

    @Test
    void candidateSeesReadableResultsAgainAfterAReloadAndIsWarnedOfUnsubmittedItems() {
        String session = StaffSessions.newStaff("INTERVIEWER");
        String mcq = given().get("/api/v1/questions").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class).get(0);
        long id = given().cookie(StaffSessions.SESSION_COOKIE, session).contentType(ContentType.JSON)
                .body(Map.of("title", "Editor errors", "timeLimitMinutes", 30, "languages", List.of("python"),
                        "allowRun", true, "items", List.of(Map.of("kind", "MCQ", "refId", mcq, "points", 1),
                                Map.of("kind", "EXERCISE", "refId", "softmax", "points", 5))))
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath().getLong("id");
        String link = given().cookie(StaffSessions.SESSION_COOKIE, session).contentType(ContentType.JSON)
                .body(Map.of("name", "Grace", "email", "grace@example.com"))
                .post("/api/v1/assessments/{id}/invites", id).then().statusCode(201).extract().jsonPath()
                .getString("link");

        Page page = browser.newPage();
        page.navigate(link + "?lang=en");
        page.click("#start");
        assertThat(page.locator("#take[data-ready=true]")).isAttached();
        Locator softmax = page.locator("section.take-item[data-ref=softmax]");
        fill(softmax, NAME_ERROR);
        softmax.locator("button.grade[data-mode=run]").click();
        Locator verdict = softmax.locator(".grade-result strong");
        assertThat(verdict).hasText("Run: Runtime error", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertMarked(softmax, 4, "NameError");
        // Test rows say what failed in words ("Error while running — ..."), not the raw kind.
        assertThat(softmax.locator(".grade-result tr.fail").first()).containsText("Error while running");

        page.reload();
        assertThat(page.locator("#take[data-ready=true]")).isAttached();
        // The last run's result and its mark come back.
        assertThat(verdict).hasText("Run: Runtime error", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertMarked(softmax, 4, "NameError");

        // Finish names the items not answered or submitted; dismissing it finishes nothing.
        AtomicReference<String> asked = new AtomicReference<>();
        page.onceDialog(dialog -> {
            asked.set(dialog.message());
            dialog.dismiss();
        });
        page.click("#finish");
        page.waitForCondition(() -> asked.get() != null);
        assertThat(asked.get()).contains("Not submitted yet:").contains("#1").contains("#2")
                .contains("Finish now?");
        assertThat(page.locator("#timer")).isVisible();
        assertThat(given().get("/api/v1/attempts/{t}", link.substring(link.lastIndexOf('/') + 1)).jsonPath()
                .getString("status")).isEqualTo("STARTED");
    }
}

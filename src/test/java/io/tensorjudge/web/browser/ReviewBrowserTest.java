package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.ShownChoices;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 part 4 in chromium: a candidate types in two autosave steps, pastes, answers an MCQ and submits; the
 * interviewer's review shows the options in the candidate's order with the key, the time per item, highlighted code
 * and a playback from the first snapshot to the submission. The screenshot guide-interviewer-playback illustrates
 * docs/user-guide.md.
 */
@QuarkusTest
class ReviewBrowserTest {

    private static final LocatorAssertions.HasTextOptions TEXT_CONTENT = new LocatorAssertions.HasTextOptions()
            .setUseInnerText(false);

    @TestHTTPResource("/")
    URL base;

    @Inject
    QuestionService questions;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void theReviewShowsOptionsTimeAndAPlaybackOfTheCandidatesCode() {
        String username = "review-" + System.nanoTime() % 100_000;
        String password = "password-" + username;
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Interviewer", "password", password,
                        "roles", List.of("INTERVIEWER")))
                .post("/api/v1/admin/staff").then().statusCode(201);
        String session = StaffSessions.login(username, password);
        PracticeQuestion question = questions.scorable(null).stream().filter(q -> !q.content().hasSeveralAnswers())
                .findFirst().orElseThrow();
        JsonPath created = given().cookie(StaffSessions.SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("title", "Review check", "timeLimitMinutes", 30, "languages", List.of("python"),
                        "allowRun", false, "items", List.of(Map.of("kind", "EXERCISE", "refId", "softmax", "points", 5),
                                Map.of("kind", "MCQ", "refId", question.id(), "points", 2))))
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long exerciseItem = created.getLong("items.find { it.kind == 'EXERCISE' }.id");
        long mcqItem = created.getLong("items.find { it.kind == 'MCQ' }.id");
        String link = given().cookie(StaffSessions.SESSION_COOKIE, session).contentType("application/json")
                .body(Map.of("name", "Katherine Johnson", "email", "kj@example.com"))
                .post("/api/v1/assessments/{id}/invites", id).then().statusCode(201).extract().jsonPath()
                .getString("link");
        String token = link.substring(link.lastIndexOf('/') + 1);

        // ---- candidate: two autosave steps, a paste, an MCQ answer, a submission ----
        Page candidate = browser.newPage("en-US");
        candidate.navigate(base + "take/" + token + "?lang=en");
        candidate.click("#start");
        assertThat(candidate.locator("#take[data-ready=true]")).isAttached();
        Locator softmax = candidate.locator("section.take-item[data-item='" + exerciseItem + "']");
        Locator code = softmax.locator(".cm-content");
        code.click();
        candidate.keyboard().press("Control+a");
        candidate.keyboard().type("import numpy as np");
        assertThat(softmax.locator(".item-status")).containsText("Saved");
        candidate.keyboard().press("Enter");
        candidate.keyboard().type("scale = np.pi * 2");
        assertThat(softmax.locator(".item-status")).containsText("Saved");
        code.dispatchEvent("paste");
        String right = ShownChoices.label(token, mcqItem, question, question.content().correct().get(0));
        Locator mcq = candidate.locator("section.take-item[data-item='" + mcqItem + "']");
        mcq.locator("input[value=" + right + "]").check();
        mcq.locator("button.answer").click();
        assertThat(mcq.locator(".item-status")).hasText("Answer recorded");
        softmax.locator("button.grade[data-mode=submit]").click();
        // Queued (or graded already): the submission is linked to the item once the API accepted it.
        assertThat(softmax.locator(".item-status")).not().containsText("Saved");
        candidate.onDialog(dialog -> dialog.accept());
        candidate.click("#finish");
        assertThat(candidate.locator("#finished")).isVisible();

        // ---- interviewer: the review ----
        long attempt = given().cookie(StaffSessions.SESSION_COOKIE, session).get("/api/v1/assessments/{id}/attempts", id)
                .jsonPath().getLong("[0].attemptId");
        Page staff = browser.newPage("en-US");
        BrowserExtension.logIn(staff, base, username, password);
        staff.waitForURL(url -> !url.contains("/login"));
        staff.navigate(base + "assessments/" + id + "/attempts/" + attempt + "?lang=en");
        assertThat(staff.locator("#attempt-review[data-ready=true]")).isAttached();

        // The MCQ: every option in the candidate's order (their labels A, B, ...), the key and the choice marked.
        Locator options = staff.locator("#item-" + mcqItem + " .review-options li");
        assertThat(options).hasCount(question.content().choices().size());
        assertThat(options.first()).containsText("A.");
        assertThat(staff.locator("#item-" + mcqItem + " .review-options li.key.chosen")).hasCount(1);
        assertThat(staff.locator("#item-" + mcqItem + " .review-options li.key .key-badge")).hasText("Key");
        assertThat(staff.locator("#item-" + mcqItem + " .chosen-labels")).containsText(right);
        // Time per item, from the recorded saves, answers and submissions (m:ss).
        assertThat(staff.locator("#item-" + mcqItem + " .time-spent")).containsText("Time spent: 0:");
        assertThat(staff.locator("#item-" + exerciseItem + " .time-spent")).containsText("Time spent: 0:");

        // The final code is highlighted by a read-only CodeMirror.
        Locator finalCode = staff.locator("#item-" + exerciseItem + " .final-code + .cm-editor");
        assertThat(finalCode.locator(".cm-content")).containsText("scale = np.pi * 2");
        assertThat(finalCode.locator(".cm-content")).hasAttribute("contenteditable", "false");
        assertThat(finalCode.locator(".cm-line span").first()).isVisible();

        // The playback: from the first autosave to the submission, the paste marked on the timeline.
        Locator playback = staff.locator("#playback-" + exerciseItem);
        Locator slider = playback.locator(".playback-slider");
        Locator shown = playback.locator(".playback-code + .cm-editor .cm-content");
        assertThat(slider).isVisible();
        int last = Integer.parseInt(slider.getAttribute("max"));
        assertThat(last).isGreaterThanOrEqualTo(2); // two autosaves and the submission at least
        assertThat(shown).hasText("import numpy as npscale = np.pi * 2", TEXT_CONTENT);
        assertThat(playback.locator(".playback-label")).containsText("submit");
        assertThat(playback.locator(".paste-mark")).hasCount(1);
        slider.fill("0");
        assertThat(shown).hasText("import numpy as np", TEXT_CONTENT);
        assertThat(playback.locator(".playback-label")).containsText("Snapshot 1/" + (last + 1));
        assertThat(playback.locator(".playback-label")).containsText("autosave");
        playback.scrollIntoViewIfNeeded();
        Browser.screenshot(staff, "guide-interviewer-playback");
        playback.locator(".paste-mark").click();
        assertThat(playback).not().hasAttribute("data-frame", "0");
    }
}

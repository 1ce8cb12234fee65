package io.tensorjudge.web.staff.insight;

import io.tensorjudge.account.AccountService;
import io.quarkus.arc.Arc;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tensorjudge.account.StaffMember;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.AssessmentDraft.ItemSpec;
import io.tensorjudge.assessment.ItemInfo;
import io.tensorjudge.assessment.AssessmentService;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.assessment.Invitation;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.StaffSessions;
import io.tensorjudge.web.Submissions;
import io.tensorjudge.web.browser.Browser;
import io.tensorjudge.web.browser.BrowserExtension;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff log in through the real form and read the similarity side-by-side view and the item statistics. */
@QuarkusTest
class InsightBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject AssessmentService assessments;
    @Inject AttemptService attempts;
    @Inject CandidateWorkService work;
    @Inject QuestionService questions;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    /** A staff account with a known password, made through the admin API. */
    private static StaffMember account(String username, String password, String role) {
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", username, "displayName", username, "password", password,
                        "roles", List.of(role)))
                .when().post("/api/v1/admin/staff").then().statusCode(201);
        return Arc.container().instance(AccountService.class).get().find(username).orElseThrow();
    }

    private Page logIn(String username, String password) {
        Page page = browser.newPage();
        BrowserExtension.logIn(page, base, username, password);
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @Test
    void shouldHighlightMatchedRegionsSideBySide() throws Exception {
        String username = "sim-browser-" + System.nanoTime() % 100000;
        StaffMember interviewer = account(username, "password-" + username, "INTERVIEWER");
        AssessmentSummary assessment = assessments.create(interviewer, InsightFixtures.draft("Softmax screen",
                List.of(new ItemSpec("EXERCISE", "softmax", null, null, 10))));
        ItemInfo softmax = InsightFixtures.items(assessment).get(0);
        String[][] candidates = {{"Ann Lee", "exercises/softmax/solution.py"},
            {"Bob Chen", "src/test/resources/integrity/softmax-copied.py"},
            {"Cy Wu", "src/test/resources/integrity/softmax-independent.py"}};
        for (String[] candidate : candidates) {
            Invitation invitation = attempts.invite(assessment.id(), interviewer, candidate[0], "c@example.com");
            attempts.start(invitation.token());
            work.save(invitation.token(), softmax.id(), "python", Files.readString(Path.of(candidate[1])), null);
        }

        Page page = logIn(username, "password-" + username);
        page.navigate(base + "assessments/" + assessment.id() + "/similarity?lang=en");
        assertThat(page.locator("h1")).containsText("Softmax screen");
        assertThat(page.locator("table.similarity-pairs tbody tr")).hasCount(1);
        assertThat(page.locator("table.similarity-pairs tbody tr td").first()).hasText("Ann Lee");
        page.locator("a.side-by-side-link").click();

        assertThat(page.locator("#right-code h3")).containsText("Bob Chen");
        assertThat(page.locator("#pair-similarity")).hasClass("similarity-score high");
        assertThat(page.locator("#left-code .match").first()).isVisible();
        assertThat(page.locator("#left-code .match").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("#right-code .match").count()).isGreaterThanOrEqualTo(4);
        assertThat(Files.size(Browser.screenshot(page, "guide-interviewer-similarity"))).isPositive();
    }

    @Test
    void shouldShowFlaggedItemsToInstructors() throws Exception {
        List<PracticeQuestion> single = questions.listPublic(null, null).stream()
                .filter(q -> !q.content().hasSeveralAnswers() && q.content().choices().size() >= 3).toList();
        PracticeQuestion easy = single.get(single.size() - 4);
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", Submissions.newClient()).contentType(ContentType.JSON)
                    .body(Map.of("choices", List.of(easy.content().correct().get(0))))
                    .when().post("/api/v1/questions/{id}/answers", easy.id()).then().statusCode(200);
        }
        // An assessment in which the three strongest candidates pick the same distractor on one item.
        PracticeQuestion broken = single.get(single.size() - 5);
        PracticeQuestion other = single.get(single.size() - 6);
        StaffMember interviewer = Arc.container().instance(AccountService.class).get().find(StaffSessions.ADMIN).orElseThrow();
        AssessmentSummary assessment = assessments.create(interviewer, InsightFixtures.draft("Item check",
                List.of(new ItemSpec("MCQ", broken.id(), null, null, 1), new ItemSpec("MCQ", other.id(), null, null, 5))));
        List<ItemInfo> items = InsightFixtures.items(assessment);
        String distractor = broken.content().choices().stream().map(c -> c.key())
                .filter(k -> !broken.content().correct().contains(k)).findFirst().orElseThrow();
        for (int i = 0; i < 10; i++) {
            boolean strong = i < 3;
            Invitation invitation = attempts.invite(assessment.id(), interviewer, "cand" + i, "c@example.com");
            attempts.start(invitation.token());
            String t = invitation.token();
            work.answer(t, items.get(0).id(), work.labelsOf(t, items.get(0).id(),
                    List.of(strong ? distractor : broken.content().correct().get(0))));
            work.answer(t, items.get(1).id(), work.labelsOf(t, items.get(1).id(), List.of(strong
                    ? other.content().correct().get(0) : other.content().choices().stream().map(c -> c.key())
                            .filter(k -> !other.content().correct().contains(k)).findFirst().orElseThrow())));
            attempts.finish(invitation.token());
        }
        Submissions.awaitDone(Submissions.submit("log-softmax", "python",
                Files.readString(Path.of("exercises/log-softmax/mutants/ignores-axis.py")), "submit"), Duration.ofSeconds(60));
        Submissions.awaitDone(Submissions.submit("log-softmax", "python",
                Files.readString(Path.of("exercises/log-softmax/solution.py")), "submit"), Duration.ofSeconds(60));
        String username = "stats-browser-" + System.nanoTime() % 100000;
        account(username, "password-" + username, "INSTRUCTOR");

        Page page = logIn(username, "password-" + username);
        page.navigate(base + "statistics?lang=en");

        assertThat(page.locator("h1")).hasText("Item statistics");
        assertThat(page.locator("tr[data-question='" + easy.id() + "']")).hasClass("flagged");
        assertThat(page.locator("tr[data-question='" + easy.id() + "'] .flag")).containsText("Too easy");
        assertThat(page.locator("tr[data-question='" + broken.id() + "'] .flag[data-flag=DISTRACTOR_BEATS_KEY]"))
                .isVisible();
        assertThat(page.locator("tr[data-exercise=log-softmax]")).isVisible();
        assertThat(Files.size(Browser.screenshot(page, "guide-instructor-statistics"))).isPositive();
    }
}

package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.QuestionService;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class McqPracticeBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    QuestionService questions;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void shouldAnswerAQuestionInPlaceAndShowTheExplanation() throws Exception {
        var def = questions.find("resnet-seed-02").orElseThrow().content();
        String wrong = def.choices().stream().map(c -> c.key()).filter(k -> !def.correct().contains(k))
                .findFirst().orElseThrow();
        Page page = browser.newPage();
        page.navigate(base + "questions?source=resnet");
        Locator question = page.locator("article#resnet-seed-02");
        question.locator("input[value=" + wrong + "]").check();
        question.locator("button[type=submit]").click();

        Locator result = question.locator(".result");
        assertThat(result).hasClass("result wrong");
        assertThat(result).containsText("回答错误");
        assertThat(result).containsText("正确答案: " + String.join(", ", def.correct()));
        assertThat(result.locator(".explanation")).not().isEmpty();
        // Answered in place: still on the list page, no navigation to the no-JS result page.
        assertThat(page).hasURL(base + "questions?source=resnet");
        assertThat(Files.size(Browser.screenshot(page, "mcq-practice-answered"))).isPositive();
    }

    @Test
    void shouldTypesetMathAndSwitchLanguage() {
        Page page = browser.newPage();
        page.navigate(base + "questions?source=dl-fundamentals");
        assertThat(page.locator(".katex").first()).isVisible();
        page.locator(".lang-switch a", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("h1")).hasText("MCQ practice");
        Browser.screenshot(page, "mcq-practice-en");
    }

    @Test
    void shouldCountASectionsProgressAndKeepTheAnswersAcrossALanguageSwitch() {
        List<PracticeQuestion> section = questions.listPublic(null, "rnn-regularization");
        QuestionDef first = section.get(0).content();
        QuestionDef second = section.get(1).content();
        String right = first.correct().get(0);
        String wrong = second.choices().stream().map(c -> c.key()).filter(k -> !second.correct().contains(k))
                .findFirst().orElseThrow();
        Page page = browser.newPage();
        page.navigate(base + "questions?source=rnn-regularization");
        Locator progress = page.locator("main > .progress");
        assertThat(progress).containsText("已答 0/" + section.size());
        answer(page.locator("article#" + first.id()), right);
        assertThat(page.locator("article#" + first.id() + " .result")).hasClass("result right");
        answer(page.locator("article#" + second.id()), wrong);
        assertThat(page.locator("article#" + second.id() + " .result")).hasClass("result wrong");
        assertThat(progress.locator(".answered")).hasText("2");
        assertThat(progress.locator(".right")).hasText("1");

        page.locator(".lang-switch a", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("h1")).hasText("MCQ practice");
        Locator firstAgain = page.locator("article#" + first.id());
        assertThat(firstAgain.locator("input[value=" + right + "]")).isChecked();
        assertThat(firstAgain.locator(".result")).containsText("Correct — Correct answer: "
                + String.join(", ", first.correct()));
        Locator secondAgain = page.locator("article#" + second.id());
        assertThat(secondAgain.locator("input[value=" + wrong + "]")).isChecked();
        assertThat(secondAgain.locator(".result")).containsText("Incorrect");
        assertThat(page.locator("main > .progress")).containsText("Answered 2/" + section.size() + " · correct 1");
        Browser.screenshot(page, "mcq-practice-section-en");
        // The top of the section as docs/user-guide.md shows it.
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("mcq-section-top.png")));

        // The sections page counts the same answers; a question's own page links to its neighbour.
        page.navigate(base + "questions");
        assertThat(page.locator("li.section[data-section=rnn-regularization] .answered")).hasText("2");
        page.navigate(base + "questions/" + first.id() + "?source=rnn-regularization");
        assertThat(page.locator("article#" + first.id() + " .result")).containsText("Correct");
        page.locator("a[rel=next]").click();
        assertThat(page).hasURL(base + "questions/" + second.id() + "?source=rnn-regularization");
        assertThat(page.locator("#question-position")).hasText("Question 2 of " + section.size() + " in this section");
        assertThat(page.locator("article#" + second.id() + " input[value=" + wrong + "]")).isChecked();
        Browser.screenshot(page, "mcq-practice-question-en");
    }

    private static void answer(Locator question, String choice) {
        question.locator("input[value=" + choice + "]").check();
        question.locator("button[type=submit]").click();
    }
}

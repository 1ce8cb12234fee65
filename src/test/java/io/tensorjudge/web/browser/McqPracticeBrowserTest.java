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
}

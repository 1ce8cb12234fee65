package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The browser's language decides a first visit; the language switch then wins over it and is remembered. */
@QuarkusTest
class LanguageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void shouldShowEnglishWhenTheBrowserIsEnglish() {
        Page page = browser.newPage("en-US");
        page.navigate(base.toString());
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("body")).containsText("Deep-learning interviews and practice");
        page.navigate(base + "exercises/softmax");
        assertThat(page.locator(".crumbs")).hasText("Back to the exercises");
        assertThat(page.locator("button.run")).hasText("Run (visible tests)");
        page.navigate(base + "questions");
        assertThat(page.locator("h1")).hasText("MCQ practice");
    }

    @Test
    void shouldShowChineseWhenTheBrowserIsChinese() {
        Page page = browser.newPage("zh-CN");
        page.navigate(base.toString());
        assertThat(page.locator("html")).hasAttribute("lang", "zh");
        assertThat(page.locator("body")).containsText("深度学习面试与练习平台");
        page.navigate(base + "exercises/softmax");
        assertThat(page.locator(".crumbs")).hasText("返回编程题列表");
        assertThat(page.locator("button.run")).hasText("运行（公开测试）");
        page.navigate(base + "questions");
        assertThat(page.locator("h1")).hasText("选择题练习");
    }

    @Test
    void shouldLetTheSwitchWinOverTheBrowserAndRememberIt() {
        Page page = browser.newPage("en-US");
        page.navigate(base + "questions");
        assertThat(page.locator("h1")).hasText("MCQ practice");
        page.locator(".lang-switch a", new Page.LocatorOptions().setHasText("中文")).click();
        assertThat(page.locator("h1")).hasText("选择题练习");
        // Plain addresses from here on: the cookie the switch set beats the en-US Accept-Language.
        page.navigate(base.toString());
        assertThat(page.locator("body")).containsText("深度学习面试与练习平台");
        page.navigate(base + "exercises/softmax");
        assertThat(page.locator("button.run")).hasText("运行（公开测试）");
        page.locator(".lang-switch a", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("button.run")).hasText("Run (visible tests)");
        page.navigate(base + "questions");
        assertThat(page.locator("h1")).hasText("MCQ practice");
    }
}

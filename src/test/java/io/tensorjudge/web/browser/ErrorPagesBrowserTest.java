package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A browser at an address with no page gets a 404 page in its language, with the way back home. */
@QuarkusTest
class ErrorPagesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void shouldShowAnEnglish404PageWithALinkHomeWhenTheBrowserIsEnglish() {
        Page page = browser.newPage("en-US");
        Response response = page.navigate(base + "no/such/page");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Page not found");
        page.locator("#home-link").click();
        assertThat(page.locator("body")).containsText("Deep-learning interviews and practice");
    }

    @Test
    void shouldShowAChinese404PageWhenTheBrowserIsChinese() {
        Page page = browser.newPage("zh-CN");
        Response response = page.navigate(base + "exercise-typo");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("页面不存在");
        assertThat(page.locator("#home-link")).hasAttribute("href", "/");
        // The language switch works on the error page too.
        page.locator(".lang-switch a", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("h1")).hasText("Page not found");
    }
}

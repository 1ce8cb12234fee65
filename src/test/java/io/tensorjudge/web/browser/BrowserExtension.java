package io.tensorjudge.web.browser;

import com.microsoft.playwright.Page;
import java.net.URL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless chromium per test class: {@code @RegisterExtension static final BrowserExtension browser = new
 * BrowserExtension();} then {@code browser.newPage()}. Skips the class when chromium is missing (see Browser).
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }

    /** A zh-CN page (see {@link Browser#newPage()}). */
    public Page newPage() {
        return browser.newPage();
    }

    public Page newPage(String locale) {
        return browser.newPage(locale);
    }

    public Page newPage(String locale, String timezoneId) {
        return browser.newPage(locale, timezoneId);
    }

    /** Logs in through the real staff login form. */
    public static void logIn(Page page, URL base, String username, String password) {
        page.navigate(base + "login?lang=en");
        page.locator("input[name=j_username]").fill(username);
        page.locator("input[name=j_password]").fill(password);
        page.locator("form.stack-form button[type=submit]").click();
    }
}

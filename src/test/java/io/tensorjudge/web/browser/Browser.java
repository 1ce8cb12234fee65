package io.tensorjudge.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Debian chromium driven by Playwright. Without chromium the browser tests are skipped, loudly, unless
 * TJ_REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser fails them.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TJ_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public static Browser launch() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && !"1".equals(System.getenv("TJ_REQUIRE_BROWSER"))) {
            System.err.println("*** SKIPPING browser test: no chromium at " + CHROMIUM
                    + " (apt-get install chromium, or run bash .ci/run) ***");
        }
        assumeTrue(present || "1".equals(System.getenv("TJ_REQUIRE_BROWSER")), "chromium not installed");
        return new Browser();
    }

    /**
     * A page in a fresh context whose browser language is zh-CN: the pages follow Accept-Language, and most tests
     * assert the Chinese text (chromium's own default would be en-US).
     */
    public Page newPage() {
        return newPage("zh-CN");
    }

    /** A page in a fresh context with this browser locale (navigator.language and Accept-Language). */
    public Page newPage(String locale) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1200, 900).setLocale(locale)).newPage();
    }

    /** A page with this browser locale in this time zone (an IANA id such as Asia/Tokyo). */
    public Page newPage(String locale, String timezoneId) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1200, 900).setLocale(locale).setTimezoneId(timezoneId)).newPage();
    }

    /** Saves a full-page screenshot under target/screenshots, kept as a test artifact. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

package io.tensorjudge.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.web.StaffSessions;
import java.net.URL;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin's first steps in a real browser: log in, add an interviewer through the form, log out; the interviewer
 *  logs in and is kept out of the admin page. */
@QuarkusTest
class StaffAdminBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void shouldLetTheAdminAddAnInterviewerWhoCannotAdministrate() {
        Page page = browser.newPage();
        BrowserExtension.logIn(page, base, StaffSessions.ADMIN, "wrong-password");
        assertThat(page.locator("[role=alert]")).containsText("Wrong username or password");

        BrowserExtension.logIn(page, base, StaffSessions.ADMIN, StaffSessions.ADMIN_PASSWORD);
        assertThat(page).hasURL(base + "staff");
        assertThat(page.locator("a[href='/admin/staff']").first()).isVisible();
        Browser.screenshot(page, "guide-admin-home");

        page.locator("a[href='/admin/staff']").first().click();
        page.locator("input[name=username]").fill("ines");
        page.locator("input[name=displayName]").fill("Ines Interviewer");
        page.locator("input[name=password]").fill("ines-password-1");
        page.locator("input[name=roles][value=INTERVIEWER]").check();
        page.locator("form.stack-form button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("ines");
        assertThat(page.locator("table.data")).containsText("Ines Interviewer");
        Browser.screenshot(page, "guide-admin-staff");

        page.locator(".staff-nav button").click();
        assertThat(page.locator(".staff-nav a[href='/login']")).isVisible();

        BrowserExtension.logIn(page, base, "ines", "ines-password-1");
        assertThat(page).hasURL(base + "staff");
        assertThat(page.locator("a[href='/assessments']")).isVisible();
        assertThat(page.locator("a[href='/admin/staff']")).hasCount(0);
        Response refused = page.navigate(base + "admin/staff");
        Assertions.assertEquals(403, refused.status());
    }

    @Test
    void shouldBringTheUserBackToThePageTheyAskedForAfterLogin() {
        Page page = browser.newPage();
        page.navigate(base + "admin/staff?lang=en");
        assertThat(page).hasURL(base + "login");
        page.locator("input[name=j_username]").fill(StaffSessions.ADMIN);
        page.locator("input[name=j_password]").fill(StaffSessions.ADMIN_PASSWORD);
        page.locator("form.stack-form button[type=submit]").click();
        assertThat(page).hasURL(base + "admin/staff?lang=en");
    }
}

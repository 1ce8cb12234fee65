package io.tensorjudge.sandbox;

import io.tensorjudge.sandbox.jail.Jail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.web.StaffSessions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The app's readiness includes the sandbox self-test (real bubblewrap, Python and Java); admins see its report. */
@QuarkusTest
@Tag("sandbox")
class SandboxHealthCheckTest {

    @Test
    void shouldReportTheSandboxSelfTestInReadiness() {
        TestSandbox.assumeBwrap();
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'sandbox' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.find { it.name == 'sandbox' }.data.python", org.hamcrest.Matchers.equalTo(true))
                .body("checks.find { it.name == 'sandbox' }.data.java", org.hamcrest.Matchers.equalTo(true))
                .body("checks.find { it.name == 'sandbox' }.data.pythonWarm",
                        org.hamcrest.Matchers.matchesPattern("[0-9]+/[1-9][0-9]*"))
                .body("checks.find { it.name == 'sandbox' }.data.javaWarm",
                        org.hamcrest.Matchers.matchesPattern("[0-9]+/[1-9][0-9]*"))
                // the fork server is the default as root; an unprivileged server starts a bwrap per job
                .body("checks.find { it.name == 'sandbox' }.data.pythonRunner",
                        org.hamcrest.Matchers.equalTo(Jail.runningAsRoot() ? "fork-server" : "bwrap"))
                .body("checks.find { it.name == 'sandbox' }.data.javaRunner", org.hamcrest.Matchers.equalTo("bwrap"))
                .body("checks.name", hasItem("sandbox"));
    }

    @Test
    void shouldNameEachLanguagesRunnerOnTheStatusPage() {
        TestSandbox.assumeBwrap();
        String page = given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).queryParam("lang", "en")
                .when().get("/admin/status").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("<span data-runner=\"" + (Jail.runningAsRoot() ? "fork-server" : "bwrap") + "\">")
                .contains("<span data-runner=\"bwrap\">");
    }
}

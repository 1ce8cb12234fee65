package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics carries the grading's numbers, and /admin/status shows them (and this instance) to admins only. */
@QuarkusTest
class StatusAndMetricsTest {

    @Test
    void aGradingShowsUpInTheMetricsAndOnTheStatusPage() {
        double sandboxBefore = metric("tensorjudge_grading_phase_seconds_count\\{phase=\"sandbox\"\\}");
        double acceptedBefore = metric("tensorjudge_grading_verdicts_total\\{verdict=\"ACCEPTED\"\\}");

        JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", "python",
                SubmissionResourceTest.GOOD_SOFTMAX, "submit"), Duration.ofMinutes(2));
        assertThat(done.getString("verdict")).isEqualTo("ACCEPTED");

        // The counters move after the result is stored: give the worker a moment past DONE.
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (metric("tensorjudge_grading_verdicts_total\\{verdict=\"ACCEPTED\"\\}") < acceptedBefore + 1
                && System.nanoTime() < until) {
            sleep(100);
        }
        // At least: gradings left by earlier test classes of this app may finish meanwhile.
        assertThat(metric("tensorjudge_grading_verdicts_total\\{verdict=\"ACCEPTED\"\\}"))
                .isGreaterThanOrEqualTo(acceptedBefore + 1);
        assertThat(metric("tensorjudge_grading_phase_seconds_count\\{phase=\"sandbox\"\\}"))
                .isGreaterThanOrEqualTo(sandboxBefore + 1);
        assertThat(metric("tensorjudge_grading_phase_seconds_count\\{phase=\"judge\"\\}")).isGreaterThanOrEqualTo(1);
        assertThat(metric("tensorjudge_grading_phase_seconds_count\\{phase=\"queued\"\\}")).isGreaterThanOrEqualTo(1);
        assertThat(metric("tensorjudge_queue_depth")).isGreaterThanOrEqualTo(0);
        assertThat(metric("tensorjudge_queue_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
        // %test.tensorjudge.sandbox.python.warm-workers=2
        assertThat(metric("tensorjudge_sandbox_warm_size\\{language=\"python\"\\}")).isEqualTo(2);
        assertThat(metric("tensorjudge_sandbox_failures_total")).isZero();

        String page = given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).queryParam("lang", "en")
                .when().get("/admin/status").then().statusCode(200).extract().asString();
        assertThat(page).contains("Grading queue (shared by every instance)").contains("data-verdict=\"ACCEPTED\"")
                .contains("(this instance)").contains("data-language=\"python\"");
        Matcher sandboxRow = Pattern.compile("data-phase=\"sandbox\"><td>sandbox</td><td>(\\d+)</td><td>([0-9.]+)</td>")
                .matcher(page);
        assertThat(sandboxRow.find()).as("sandbox phase row with a count and a mean").isTrue();
        assertThat(Long.parseLong(sandboxRow.group(1))).isGreaterThanOrEqualTo(1);
        assertThat(Double.parseDouble(sandboxRow.group(2))).isPositive();
    }

    @Test
    void onlyAdminsSeeTheStatusPage() {
        given().redirects().follow(false).when().get("/admin/status").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login"));
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.newStaff("INTERVIEWER")).when().get("/admin/status")
                .then().statusCode(403);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of one sample of /q/metrics (0 when absent). */
    private static double metric(String nameAndLabels) {
        String body = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + nameAndLabels + " ([0-9.eE+-]+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}

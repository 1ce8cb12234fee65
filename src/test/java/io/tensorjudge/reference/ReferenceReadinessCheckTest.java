package io.tensorjudge.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.web.StaffSessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceReadinessCheckTest {

    @Test
    void shouldReportTheBackendOnceWarm() throws InterruptedException {
        // the warm-up runs in the background; give it time instead of assuming it finished during start-up
        long deadline = System.currentTimeMillis() + 60_000;
        while (given().get("/q/health/ready").statusCode() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        // CPU/OPENBLAS by default, CUDA/CUBLAS-like names with -Pgpu: compare with what ND4J itself reports
        Nd4jRuntime.BackendInfo expected = Nd4jRuntime.info();
        // the checks' data is for admins (anonymous callers get only the status: web.staff.HealthDetails)
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItem("nd4j-reference"))
                .body("checks.find { it.name == 'nd4j-reference' }.data.state", equalTo("READY"))
                .body("checks.find { it.name == 'nd4j-reference' }.data.backend", equalTo(expected.backend()))
                .body("checks.find { it.name == 'nd4j-reference' }.data.blas", equalTo(expected.blas()))
                .body("checks.find { it.name == 'nd4j-reference' }.data.dtype", equalTo("float64"));
    }
}

package io.tensorjudge.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
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
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItem("nd4j-reference"))
                .body("checks.find { it.name == 'nd4j-reference' }.data.backend", equalTo("CPU"))
                .body("checks.find { it.name == 'nd4j-reference' }.data.blas", equalTo("OPENBLAS"))
                .body("checks.find { it.name == 'nd4j-reference' }.data.dtype", equalTo("float64"));
    }
}

package io.tensorjudge.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helper: submit code through the HTTP API as a distinct client, and wait for the verdict. */
public final class Submissions {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Submissions() {
    }

    /** A fresh client address, so that tests never share a rate-limit window. */
    public static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.50." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Posts a submission and returns its id (asserting the 202 + Location contract). */
    public static String submit(String exerciseId, String language, String code, String mode) {
        String location = given().header("X-Forwarded-For", newClient()).contentType(ContentType.JSON)
                .body(Map.of("language", language, "code", code, "mode", mode))
                .when().post("/api/v1/exercises/{id}/submissions", exerciseId)
                .then().statusCode(202).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Polls until DONE and returns the final submission document. */
    public static JsonPath awaitDone(String id, Duration timeout) {
        return awaitDone(id, timeout, () -> given().when().get("/api/v1/submissions/{id}", id).then().statusCode(200)
                .extract().jsonPath());
    }

    /** Reads {@code read} every 50 ms until its status is DONE; fails after {@code timeout}. */
    public static JsonPath awaitDone(String id, Duration timeout, java.util.function.Supplier<JsonPath> read) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonPath json = read.get();
            if ("DONE".equals(json.getString("status"))) {
                return json;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("submission " + id + " not DONE after " + timeout + ": " + json.prettify());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

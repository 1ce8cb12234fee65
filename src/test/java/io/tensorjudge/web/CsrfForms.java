package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Test helper: a form post as a browser makes it, with the CSRF cookie from a page load and the same token in the
 * form field (quarkus-rest-csrf without a signature key: the field repeats the cookie).
 */
public final class CsrfForms {

    public static final String COOKIE = "tj-csrf";
    public static final String FIELD = "csrf-token";

    private CsrfForms() {
    }

    /** A request spec with a fresh CSRF cookie and field, content type form-urlencoded. */
    public static RequestSpecification form() {
        String token = given().when().get("/questions").then().statusCode(200).extract().cookie(COOKIE);
        assertThat(token).as("CSRF cookie set by a page load").isNotBlank();
        return given().contentType(ContentType.URLENC).cookie(COOKIE, token).formParam(FIELD, token);
    }
}

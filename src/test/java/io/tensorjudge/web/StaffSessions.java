package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helper: real form logins (the session cookie Quarkus issues) and staff accounts made through the admin API. */
public final class StaffSessions {

    public static final String ADMIN = "admin";
    /** %test.tensorjudge.admin.password in application.properties. */
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String SESSION_COOKIE = "tj-session";

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private StaffSessions() {
    }

    /** Logs in through /j_security_check and returns the session cookie's value. */
    public static String login(String username, String password) {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
        assertThat(response.statusCode()).as("login of " + username).isEqualTo(302);
        String cookie = response.getCookie(SESSION_COOKIE);
        assertThat(cookie).as("session cookie for " + username).isNotBlank();
        return cookie;
    }

    public static String admin() {
        return login(ADMIN, ADMIN_PASSWORD);
    }

    /** Creates a fresh account with the given roles (as admin) and returns its session cookie. */
    public static String newStaff(String... roles) {
        String username = "staff" + ACCOUNTS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String password = "password-" + username;
        given().cookie(SESSION_COOKIE, admin()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Test " + username, "password", password,
                        "roles", List.of(roles)))
                .when().post("/api/v1/admin/staff").then().statusCode(201);
        return login(username, password);
    }
}

package io.tensorjudge.web.staff.authoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.StaffSessions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every authoring endpoint and page: anonymous callers get 401 (API) or the login page, an interviewer gets 403,
 * an instructor gets through. Solutions, mutants and hidden cases are only ever in instructor responses.
 */
@QuarkusTest
class AuthoringSecurityTest {

    private static final String EXERCISE = "gelu";
    private static final String QUESTION = "alexnet-seed-01";

    private static String interviewer;
    private static String instructor;

    private record Call(String method, String path, String contentType, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every API route of AuthoringResource (docs/api-extensions.md, Authoring). */
    private static final List<Call> API = List.of(
            new Call("GET", "/api/v1/authoring/exercises", null, null),
            new Call("GET", "/api/v1/authoring/exercises/" + EXERCISE, null, null),
            new Call("PUT", "/api/v1/authoring/exercises/" + EXERCISE + "/draft", "application/json",
                    Map.of("files", Map.of("exercise.yaml", "id: x\n"))),
            new Call("DELETE", "/api/v1/authoring/exercises/" + EXERCISE + "/draft", null, null),
            new Call("POST", "/api/v1/authoring/exercises/" + EXERCISE + "/publish", null, null),
            new Call("GET", "/api/v1/authoring/exercises/" + EXERCISE + "/versions", null, null),
            new Call("GET", "/api/v1/authoring/exercises/" + EXERCISE + "/export", null, null),
            new Call("GET", "/api/v1/authoring/export/exercises", null, null),
            new Call("POST", "/api/v1/authoring/import/exercises", "application/zip", new byte[] {1, 2, 3}),
            new Call("GET", "/api/v1/authoring/questions", null, null),
            new Call("GET", "/api/v1/authoring/questions/" + QUESTION, null, null),
            new Call("PUT", "/api/v1/authoring/questions/" + QUESTION, "application/json", Map.of("yaml", "x: 1")),
            new Call("GET", "/api/v1/authoring/questions/" + QUESTION + "/versions", null, null),
            new Call("GET", "/api/v1/authoring/export/questions", null, null),
            new Call("POST", "/api/v1/authoring/import/questions", "application/zip", new byte[] {1, 2, 3}),
            new Call("POST", "/api/v1/authoring/preview", "application/json", Map.of("markdown", "$x$")));

    /** Every page route of AuthoringPage; posts carry a valid CSRF token so that only the role decides. */
    private static final List<Call> PAGES = List.of(
            new Call("GET", "/authoring", null, null),
            new Call("GET", "/authoring/exercises/" + EXERCISE, null, null),
            new Call("POST", "/authoring/exercises/" + EXERCISE, "form", Map.of("file:exercise.yaml", "id: x\n")),
            new Call("POST", "/authoring/exercises/" + EXERCISE + "/publish", "form", Map.of()),
            new Call("POST", "/authoring/exercises/" + EXERCISE + "/discard", "form", Map.of()),
            new Call("GET", "/authoring/questions/" + QUESTION, null, null),
            new Call("POST", "/authoring/questions/" + QUESTION, "form", Map.of("yaml", "x: 1")));

    /** Logged in once, lazily: the app (and RestAssured's port) only exists once a test runs. */
    @org.junit.jupiter.api.BeforeEach
    void sessions() {
        if (instructor == null) {
            interviewer = StaffSessions.newStaff("INTERVIEWER");
            instructor = StaffSessions.newStaff("INSTRUCTOR");
        }
    }

    @TestFactory
    Stream<DynamicTest> apiRefusesAnonymousAndInterviewers() {
        return API.stream().flatMap(call -> Stream.of(
                DynamicTest.dynamicTest("anonymous " + call, () ->
                        assertThat(send(given(), call).statusCode()).isEqualTo(401)),
                DynamicTest.dynamicTest("interviewer " + call, () ->
                        assertThat(send(given().cookie(StaffSessions.SESSION_COOKIE, interviewer), call).statusCode())
                                .isEqualTo(403))));
    }

    @TestFactory
    Stream<DynamicTest> pagesSendAnonymousToLoginAndRefuseInterviewers() {
        return PAGES.stream().flatMap(call -> Stream.of(
                DynamicTest.dynamicTest("anonymous " + call, () -> {
                    var response = send(spec(call).redirects().follow(false), call);
                    assertThat(response.statusCode()).isIn(302, 303);
                    assertThat(response.header("Location")).contains("/login");
                }),
                DynamicTest.dynamicTest("interviewer " + call, () ->
                        assertThat(send(spec(call).cookie(StaffSessions.SESSION_COOKIE, interviewer), call)
                                .statusCode()).isEqualTo(403))));
    }

    @Test
    void instructorsSeeSolutionsMutantsAndHiddenCases() {
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get("/api/v1/authoring/exercises")
                .then().statusCode(200).body("id", hasItem(EXERCISE));
        var body = given().cookie(StaffSessions.SESSION_COOKIE, instructor)
                .when().get("/api/v1/authoring/exercises/" + EXERCISE).then().statusCode(200).extract().jsonPath();
        assertThat(body.getMap("files")).containsKeys("solution.py", "Solution.java", "exercise.yaml");
        assertThat(body.getMap("files").keySet()).anyMatch(name -> name.toString().startsWith("mutants/"));
        assertThat(body.getString("files['exercise.yaml']")).contains("visible: false");
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).contentType("application/json")
                .body(Map.of("markdown", "**bold** $x^2$")).when().post("/api/v1/authoring/preview")
                .then().statusCode(200).body("html", containsString("<strong>bold</strong>"))
                .body("html", containsString("$x^2$"));
        byte[] zip = given().cookie(StaffSessions.SESSION_COOKIE, instructor)
                .when().get("/api/v1/authoring/exercises/" + EXERCISE + "/export").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertThat(zip).startsWith('P', 'K');
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get("/authoring").then().statusCode(200)
                .body(containsString("/authoring/exercises/" + EXERCISE));
    }

    @Test
    void instructorErrorsAreProblems() {
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).contentType("application/json")
                .body(Map.of("files", Map.of())).when().put("/api/v1/authoring/exercises/" + EXERCISE + "/draft")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("files"));
        // RestAssured would label an empty POST as a form (which the CSRF filter checks); API clients send JSON.
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).contentType("application/json").when()
                .post("/api/v1/authoring/exercises/" + EXERCISE + "/publish")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("save first"));
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get("/api/v1/authoring/exercises/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).contentType("application/zip").body(new byte[] {1, 2})
                .when().post("/api/v1/authoring/import/questions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aBrokenYamlSavedThroughTheEditorFormShowsFileAndLine() {
        var editor = given().cookie(StaffSessions.SESSION_COOKIE, instructor).when()
                .get("/api/v1/authoring/exercises/" + EXERCISE).then().statusCode(200).extract().jsonPath();
        String yaml = editor.getString("files['exercise.yaml']").replace("returns: array", "returns: arrray");
        int line = List.of(yaml.split("\n")).indexOf("returns: arrray") + 1;
        assertThat(line).isPositive();

        form().cookie(StaffSessions.SESSION_COOKIE, instructor).redirects().follow(false)
                .formParam("file:exercise.yaml", yaml)
                .formParam("file:statement.zh.md", editor.getString("files['statement.zh.md']"))
                .formParam("file:statement.en.md", editor.getString("files['statement.en.md']"))
                .when().post("/authoring/exercises/" + EXERCISE).then().statusCode(303);
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get("/authoring/exercises/" + EXERCISE)
                .then().statusCode(200).body(containsString("exercise.yaml:" + line + ": "))
                .body(containsString("arrray"));
        form().cookie(StaffSessions.SESSION_COOKIE, instructor)
                .when().post("/authoring/exercises/" + EXERCISE + "/publish").then().statusCode(409)
                .body(containsString("exercise.yaml:" + line));
        form().cookie(StaffSessions.SESSION_COOKIE, instructor).redirects().follow(false)
                .when().post("/authoring/exercises/" + EXERCISE + "/discard").then().statusCode(303);
    }

    private static RequestSpecification spec(Call call) {
        return "form".equals(call.contentType()) ? form() : given();
    }

    /** A CSRF-carrying form post in UTF-8, as browsers send it (RestAssured's default is ISO-8859-1). */
    private static RequestSpecification form() {
        return CsrfForms.form().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static io.restassured.response.Response send(RequestSpecification request, Call call) {
        if ("form".equals(call.contentType())) {
            ((Map<?, ?>) call.body()).forEach((k, v) -> request.formParam(k.toString(), v));
        } else if (call.body() instanceof byte[] bytes) {
            request.contentType(call.contentType()).body(bytes);
        } else if (call.contentType() != null) {
            request.contentType(call.contentType()).body(call.body());
        }
        return request.when().request(call.method(), call.path());
    }
}

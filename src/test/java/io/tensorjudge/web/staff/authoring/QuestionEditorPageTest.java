package io.tensorjudge.web.staff.authoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.StaffSessions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The MCQ editor page: a broken edit is shown with its line and stores nothing; a good one is the next version. */
@QuarkusTest
class QuestionEditorPageTest {

    @Test
    void editsAQuestionThroughTheForm() {
        String instructor = StaffSessions.newStaff("INSTRUCTOR");
        List<Map<String, Object>> all = given().cookie(StaffSessions.SESSION_COOKIE, instructor)
                .when().get("/api/v1/authoring/questions").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> target = all.stream().filter(q -> "pytorch-interview".equals(q.get("source")))
                .reduce((a, b) -> b).orElseThrow();
        String id = (String) target.get("id");
        JsonPath before = given().cookie(StaffSessions.SESSION_COOKIE, instructor)
                .when().get("/api/v1/authoring/questions/" + id).then().statusCode(200).extract().jsonPath();
        String yaml = before.getString("yaml");
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get("/authoring/questions/" + id + "?lang=en")
                .then().statusCode(200).body(containsString("id: " + id));

        String broken = yaml.replace("difficulty: ", "difficulty: impossible-");
        int line = broken.lines().toList().stream().filter(l -> l.contains("difficulty: impossible-")).findFirst()
                .map(l -> broken.lines().toList().indexOf(l) + 1).orElseThrow();
        form(instructor).formParam("yaml", broken).when().post("/authoring/questions/" + id)
                .then().statusCode(400).body(containsString(id + ".yaml:" + line));
        assertThat(version(instructor, id)).isEqualTo(before.getInt("version"));

        String marker = "Page edit " + UUID.randomUUID();
        String edited = yaml.replaceFirst("explanation: \\|-?\\n", "$0      " + marker + "\n");
        assertThat(edited).contains(marker);
        String location = form(instructor).redirects().follow(false).formParam("yaml", edited)
                .when().post("/authoring/questions/" + id).then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/authoring/questions/" + id + "?saved=" + (before.getInt("version") + 1));
        assertThat(version(instructor, id)).isEqualTo(before.getInt("version") + 1);
        given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get(location + "&lang=en").then()
                .statusCode(200).body(containsString("Saved as version " + (before.getInt("version") + 1)))
                .body(containsString(marker));
    }

    private static int version(String session, String id) {
        return given().cookie(StaffSessions.SESSION_COOKIE, session).when().get("/api/v1/authoring/questions/" + id)
                .then().statusCode(200).extract().jsonPath().getInt("version");
    }

    private static io.restassured.specification.RequestSpecification form(String session) {
        return CsrfForms.form().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie(StaffSessions.SESSION_COOKIE, session);
    }
}

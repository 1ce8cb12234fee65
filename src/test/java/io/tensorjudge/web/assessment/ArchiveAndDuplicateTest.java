package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.assessment.AssessmentFixtures.as;
import static io.tensorjudge.web.assessment.AssessmentFixtures.body;
import static io.tensorjudge.web.assessment.AssessmentFixtures.create;
import static io.tensorjudge.web.assessment.AssessmentFixtures.exercise;
import static io.tensorjudge.web.assessment.AssessmentFixtures.invite;
import static io.tensorjudge.web.assessment.AssessmentFixtures.mcq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14: archived assessments leave the default list and start nothing; a duplicate copies all but candidates. */
@QuarkusTest
class ArchiveAndDuplicateTest {

    @Inject QuestionService questions;

    String owner;
    long id;

    @BeforeEach
    void anAssessment() {
        owner = StaffSessions.newStaff("INTERVIEWER");
        id = create(owner, body("Archive me", 25, true,
                List.of(mcq(questions.scorable(null).get(0).id(), 2), exercise("softmax", 10)))).getLong("id");
    }

    private List<Long> listed(boolean archived) {
        return as(owner).queryParam("archived", archived).get("/api/v1/assessments").jsonPath()
                .getList("id", Long.class);
    }

    @Test
    void anArchivedAssessmentIsHiddenUnderAFilterAndItsInvitesStartNothing() {
        String running = invite(owner, id, "Running");
        String waiting = invite(owner, id, "Waiting");
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", running).then().statusCode(200);

        as(owner).post("/api/v1/assessments/{id}/archive", id).then().statusCode(200)
                .body("archivedAt", notNullValue());
        assertThat(listed(false)).doesNotContain(id);
        assertThat(listed(true)).contains(id);
        as(owner).get("/api/v1/assessments/{id}", id).then().statusCode(200);

        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", waiting).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("archived"));
        // An attempt already running goes on.
        given().contentType(ContentType.JSON).get("/api/v1/attempts/{t}", running).then().statusCode(200)
                .body("status", equalTo("STARTED"));
        as(owner).body(Map.of("name", "Late", "email", "late@example.com"))
                .post("/api/v1/assessments/{id}/invites", id).then().statusCode(409);

        // Pages: hidden from the list, shown under the filter; the dashboard says so and offers Restore.
        given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en").get("/assessments")
                .then().statusCode(200).body(not(containsString("href=\"/assessments/" + id + "\"")))
                .body(containsString("Show archived"));
        given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en")
                .get("/assessments?archived=true").then().statusCode(200)
                .body(containsString("href=\"/assessments/" + id + "\""));
        given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en").get("/assessments/{id}", id)
                .then().statusCode(200).body(containsString("id=\"archived-notice\""))
                .body(containsString("/assessments/" + id + "/restore"));

        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .post("/assessments/{id}/restore", id).then().statusCode(303);
        assertThat(listed(false)).contains(id);
        as(owner).get("/api/v1/assessments/{id}", id).then().body("archivedAt", nullValue());
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", waiting).then().statusCode(200);

        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .post("/assessments/{id}/archive", id).then().statusCode(303);
        assertThat(listed(true)).contains(id);
        String other = StaffSessions.newStaff("INTERVIEWER");
        as(other).post("/api/v1/assessments/{id}/restore", id).then().statusCode(403);
    }

    @Test
    void aDuplicateCopiesItemsAndSettingsButNoCandidates() {
        invite(owner, id, "Original candidate");
        JsonPath source = as(owner).get("/api/v1/assessments/{id}", id).jsonPath();
        var created = as(owner).post("/api/v1/assessments/{id}/duplicate", id).then().statusCode(201)
                .header("Location", containsString("/api/v1/assessments/")).extract().jsonPath();
        long copy = created.getLong("id");
        assertThat(copy).isNotEqualTo(id);
        assertThat(created.getString("title")).isEqualTo("Archive me");
        assertThat(created.getInt("timeLimitMinutes")).isEqualTo(25);
        assertThat(created.getBoolean("allowRun")).isTrue();
        assertThat(created.getList("languages")).isEqualTo(source.getList("languages"));
        assertThat(created.getList("items.refId")).isEqualTo(source.getList("items.refId"));
        assertThat(created.getList("items.points")).isEqualTo(source.getList("items.points"));
        assertThat(created.getList("items.id")).doesNotContainAnyElementsOf(source.getList("items.id"));
        as(owner).get("/api/v1/assessments/{id}/attempts", copy).then().statusCode(200).body("$", hasSize(0));
        as(owner).get("/api/v1/assessments/{id}/attempts", id).then().body("$", hasSize(1));

        // A colleague it is shared with may duplicate it: the copy is theirs alone.
        String colleagueName = "colleague-" + System.nanoTime() % 1_000_000;
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType(ContentType.JSON)
                .body(Map.of("username", colleagueName, "displayName", "Colleague", "password", "pw-" + colleagueName,
                        "roles", List.of("INTERVIEWER")))
                .post("/api/v1/admin/staff").then().statusCode(201);
        String colleague = StaffSessions.login(colleagueName, "pw-" + colleagueName);
        as(owner).body(Map.of("usernames", List.of(colleagueName))).put("/api/v1/assessments/{id}/shares", id)
                .then().statusCode(200);
        long theirs = as(colleague).post("/api/v1/assessments/{id}/duplicate", id).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(owner).get("/api/v1/assessments/{id}", theirs).then().statusCode(403);

        String page = CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .post("/assessments/{id}/duplicate", id).then().statusCode(303).extract().header("Location");
        assertThat(page).matches(".*/assessments/\\d+/edit");
        given().cookie(StaffSessions.SESSION_COOKIE, owner).get(page).then().statusCode(200)
                .body(containsString("Archive me"));
    }
}

package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.assessment.AssessmentFixtures.as;
import static io.tensorjudge.web.assessment.AssessmentFixtures.body;
import static io.tensorjudge.web.assessment.AssessmentFixtures.create;
import static io.tensorjudge.web.assessment.AssessmentFixtures.invite;
import static io.tensorjudge.web.assessment.AssessmentFixtures.mcq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.ShownChoices;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14: a withdrawn invite opens nothing, says so in the page's language, and leaves finished results alone. */
@QuarkusTest
class RevokeInviteTest {

    @Inject QuestionService questions;

    String owner;
    PracticeQuestion question;
    long id;
    long mcqItem;

    @BeforeEach
    void anAssessmentWithAnMcq() {
        owner = StaffSessions.newStaff("INTERVIEWER");
        question = questions.scorable(null).stream().filter(q -> !q.content().hasSeveralAnswers()).findFirst()
                .orElseThrow();
        JsonPath created = create(owner, body("Revoke", 10, false, List.of(mcq(question.id(), 2))));
        id = created.getLong("id");
        mcqItem = created.getLong("items[0].id");
    }

    private static RequestSpecification candidate() {
        return given().contentType(ContentType.JSON);
    }

    private long attemptOf(String name) {
        return as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath()
                .getLong("find { it.name == '" + name + "' }.attemptId");
    }

    @Test
    void aWithdrawnInviteShowsAWithdrawnPageAndTheCandidateApiRefusesIt() {
        String token = invite(owner, id, "Edsger");
        long attempt = attemptOf("Edsger");
        given().get("/take/{t}", token).then().statusCode(200);

        as(owner).post("/api/v1/assessments/{id}/attempts/{a}/revoke", id, attempt).then().statusCode(200)
                .body("attemptId", equalTo((int) attempt)).body("revokedAt", notNullValue())
                .body("status", equalTo("INVITED"));
        // Twice is harmless.
        as(owner).post("/api/v1/assessments/{id}/attempts/{a}/revoke", id, attempt).then().statusCode(200);

        given().queryParam("lang", "en").get("/take/{t}", token).then().statusCode(410)
                .header("Referrer-Policy", "no-referrer").body(containsString("This invite was withdrawn"));
        given().queryParam("lang", "zh").get("/take/{t}", token).then().statusCode(410)
                .body(containsString("此邀请已被面试官撤回"));
        candidate().get("/api/v1/attempts/{t}", token).then().statusCode(410)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("withdrawn"));
        candidate().post("/api/v1/attempts/{t}/start", token).then().statusCode(410)
                .contentType(startsWith("application/problem+json"));
        // The rules page's Start button, posted after the withdrawal, lands on the withdrawn page.
        CsrfForms.form().redirects().follow(false).post("/take/{t}/start", token).then().statusCode(303);
        as(owner).get("/api/v1/assessments/{id}/attempts", id).then().body("[0].status", equalTo("INVITED"));
    }

    @Test
    void aFinishedAttemptKeepsItsResultsAndAStartedOneStops() {
        String done = invite(owner, id, "Grace");
        candidate().post("/api/v1/attempts/{t}/start", done).then().statusCode(200);
        String right = ShownChoices.label(done, mcqItem, question, question.content().correct().get(0));
        candidate().body(Map.of("choices", List.of(right)))
                .post("/api/v1/attempts/{t}/items/{i}/answer", done, mcqItem).then().statusCode(200);
        candidate().post("/api/v1/attempts/{t}/finish", done).then().statusCode(200);
        long finished = attemptOf("Grace");
        String before = as(owner).get("/api/v1/assessments/{id}/attempts/{a}", id, finished).then().statusCode(200)
                .extract().jsonPath().getString("summary.finishedAt");

        as(owner).post("/api/v1/assessments/{id}/attempts/{a}/revoke", id, finished).then().statusCode(200)
                .body("status", equalTo("FINISHED")).body("score", equalTo(2.0f))
                .body("finishedAt", equalTo(before));
        candidate().get("/api/v1/attempts/{t}", done).then().statusCode(410);
        as(owner).get("/api/v1/assessments/{id}/results.csv", id).then().statusCode(200)
                .body(containsString("Grace,cand@example.com,FINISHED"));

        String busy = invite(owner, id, "Alan");
        candidate().post("/api/v1/attempts/{t}/start", busy).then().statusCode(200);
        long started = attemptOf("Alan");
        as(owner).post("/api/v1/assessments/{id}/attempts/{a}/revoke", id, started).then().statusCode(200)
                .body("status", equalTo("FINISHED"));
        candidate().body(Map.of("choices", List.of(right)))
                .post("/api/v1/attempts/{t}/items/{i}/answer", busy, mcqItem).then().statusCode(410);
    }

    @Test
    void theDashboardButtonWithdrawsAndOnlyForThoseWhoMaySeeTheAssessment() {
        String token = invite(owner, id, "Barbara");
        long attempt = attemptOf("Barbara");
        String other = StaffSessions.newStaff("INTERVIEWER");
        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, other).redirects().follow(false)
                .post("/assessments/{id}/attempts/{a}/revoke", id, attempt).then().statusCode(403);
        as(other).post("/api/v1/assessments/{id}/attempts/{a}/revoke", id, attempt).then().statusCode(403);
        // Without the CSRF field the form is refused.
        given().cookie(StaffSessions.SESSION_COOKIE, owner).contentType(ContentType.URLENC).redirects().follow(false)
                .post("/assessments/{id}/attempts/{a}/revoke", id, attempt).then().statusCode(400);
        as(owner).get("/api/v1/assessments/{id}/attempts", id).then().body("[0].revokedAt", nullValue());
        given().get("/take/{t}", token).then().statusCode(200);

        String page = given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en")
                .get("/assessments/{id}", id).then().statusCode(200).extract().asString();
        assertThat(page).contains("/assessments/" + id + "/attempts/" + attempt + "/revoke", "Withdraw invite");
        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .post("/assessments/{id}/attempts/{a}/revoke", id, attempt).then().statusCode(303)
                .header("Location", containsString("/assessments/" + id));
        given().get("/take/{t}", token).then().statusCode(410);
        given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en").get("/assessments/{id}", id)
                .then().body(containsString("(withdrawn)"))
                .body(org.hamcrest.Matchers.not(containsString("/attempts/" + attempt + "/revoke")));
    }
}

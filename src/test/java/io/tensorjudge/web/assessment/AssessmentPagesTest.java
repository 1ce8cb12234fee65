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
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentPagesTest {

    @Inject QuestionService questions;

    String owner;
    long id;
    long attemptId;
    String token;
    PracticeQuestion question;

    @BeforeEach
    void anAssessmentWithACandidate() {
        owner = StaffSessions.newStaff("INTERVIEWER");
        question = questions.scorable(null).get(0);
        id = create(owner, body("Pages test", 30, true, List.of(mcq(question.id(), 2), exercise("softmax", 10))))
                .getLong("id");
        token = invite(owner, id, "Barbara");
        attemptId = as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath().getLong("[0].attemptId");
    }

    private List<String> staffPages() {
        return List.of("/assessments", "/assessments/new", "/assessments/" + id, "/assessments/" + id + "/edit",
                "/assessments/" + id + "/attempts/" + attemptId);
    }

    @Test
    void staffPagesSendAnonymousVisitorsToTheLogin() {
        for (String page : staffPages()) {
            given().redirects().follow(false).get(page).then().statusCode(303)
                    .header("Location", endsWith("/login"));
        }
    }

    @Test
    void staffPagesRefuseOtherRolesAndOtherInterviewers() {
        String instructor = StaffSessions.newStaff("INSTRUCTOR");
        String other = StaffSessions.newStaff("INTERVIEWER");
        for (String page : staffPages()) {
            given().cookie(StaffSessions.SESSION_COOKIE, instructor).get(page).then().statusCode(403);
            if (page.contains("/" + id)) {
                given().cookie(StaffSessions.SESSION_COOKIE, other).get(page).then().statusCode(403);
            }
        }
        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, other).formParam("name", "X")
                .formParam("email", "x@example.com").post("/assessments/{id}/invites", id).then().statusCode(403);
        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, other).formParam("notes", "x")
                .formParam("recommendation", "HIRE")
                .post("/assessments/{id}/attempts/{a}/review", id, attemptId).then().statusCode(403);
        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, other).formParam("usernames", "admin")
                .post("/assessments/{id}/shares", id).then().statusCode(403);
    }

    @Test
    void theOwnerSeesEveryPageInBothLanguages() {
        for (String page : staffPages()) {
            for (String lang : List.of("zh", "en")) {
                given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", lang).get(page)
                        .then().statusCode(200).body(containsString("</html>"));
            }
        }
        given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en").get("/assessments/" + id)
                .then().body(containsString("Barbara")).body(containsString("Invite"))
                .body(containsString("href=\"/assessments/" + id + "/similarity\""));
    }

    @Test
    void anInviteFormRedirectsToAPageWithTheLinkAndTheFormNeedsTheCsrfField() {
        var posted = CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .formParam("name", "Ken").formParam("email", "ken@example.com")
                .post("/assessments/{id}/invites", id).then().statusCode(303).extract();
        String location = posted.header("Location");
        assertThat(location).matches(".*/assessments/" + id + "\\?invited=\\d+");
        String cookie = posted.cookie("tj-new-invite");
        assertThat(posted.detailedCookie("tj-new-invite").isHttpOnly()).isTrue();
        assertThat(posted.detailedCookie("tj-new-invite").getPath()).isEqualTo("/assessments/" + id);
        // The GET shows the link, again on a reload; nothing was re-sent, so there is still one invite for Ken.
        String page = given().cookie(StaffSessions.SESSION_COOKIE, owner).cookie("tj-new-invite", cookie)
                .get(location).then().statusCode(200).extract().asString();
        String link = page.replaceAll("(?s).*id=\"invite-link\" readonly value=\"([^\"]+)\".*", "$1");
        assertThat(link).matches("http.*/take/[A-Za-z0-9_-]{32}");
        given().cookie(StaffSessions.SESSION_COOKIE, owner).cookie("tj-new-invite", cookie).get(location)
                .then().statusCode(200).body(containsString(link));
        given().get(link.substring(link.indexOf("/take/"))).then().statusCode(200);
        assertThat(as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath().getList("name"))
                .containsExactly("Barbara", "Ken");
        // Without the cookie, or with another invite's token, the page shows no link.
        given().cookie(StaffSessions.SESSION_COOKIE, owner).get(location).then().statusCode(200)
                .body(not(containsString("id=\"invite-link\"")));
        String forged = location.substring(location.indexOf('=') + 1) + "." + token;
        given().cookie(StaffSessions.SESSION_COOKIE, owner).cookie("tj-new-invite", forged).get(location)
                .then().statusCode(200).body(not(containsString("id=\"invite-link\"")));
        given().cookie(StaffSessions.SESSION_COOKIE, owner).contentType(ContentType.URLENC).formParam("name", "Ken")
                .formParam("email", "ken@example.com").post("/assessments/{id}/invites", id)
                .then().statusCode(400);
    }

    @Test
    void reviewFormSavesNotesAndRecommendation() {
        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .formParam("notes", "Clear reasoning.").formParam("recommendation", "NO_HIRE")
                .post("/assessments/{id}/attempts/{a}/review", id, attemptId).then().statusCode(303);
        as(owner).get("/api/v1/assessments/{id}/attempts/{a}", id, attemptId).then()
                .body("review.notes", org.hamcrest.Matchers.equalTo("Clear reasoning."))
                .body("review.recommendation", org.hamcrest.Matchers.equalTo("NO_HIRE"));
    }

    @Test
    void theCandidatePageGoesFromRulesToWorkspaceWithoutRevealingTheKey() {
        given().get("/take/{t}", "not-a-real-token-at-all-000000000").then().statusCode(404);
        given().get("/take/{t}", token).then().statusCode(200).header("Referrer-Policy", "no-referrer")
                .body(containsString("id=\"start\""));
        CsrfForms.form().redirects().follow(false).post("/take/{t}/start", token).then().statusCode(303);
        String workspace = given().queryParam("lang", "en").get("/take/{t}", token).then().statusCode(200)
                .body(containsString("id=\"timer\"")).body(not(containsString("explanation")))
                .extract().asString();
        assertThat(workspace).contains("def softmax").contains("data-seconds-left=\"");
        long mcqItem = as(owner).get("/api/v1/assessments/{id}", id).jsonPath().getLong("items[0].id");
        List<String> shown = io.tensorjudge.web.ShownChoices.labels(token, mcqItem, question,
                question.content().correct());
        given().contentType(ContentType.JSON).body(Map.of("choices", shown))
                .put("/api/v1/attempts/{t}/items/{i}/work", token, mcqItem).then().statusCode(200);
        String reloaded = given().get("/take/{t}", token).then().statusCode(200).extract().asString();
        assertThat(reloaded).containsPattern("value=\"" + shown.get(0) + "\"\\s+checked");
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/finish", token).then().statusCode(200);
        given().get("/take/{t}", token).then().statusCode(200).body(containsString("id=\"finished\""));
    }
}

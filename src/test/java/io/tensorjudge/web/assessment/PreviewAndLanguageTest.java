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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.ShownChoices;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: an assessment's candidate pages follow its language; an interviewer's preview is an attempt like any
 * other for the candidate API, but no result, export, statistic or similarity report counts it.
 */
@QuarkusTest
class PreviewAndLanguageTest {

    @Inject QuestionService questions;

    @Inject MockMailbox mailbox;

    @Test
    void shouldSendNoMailWithoutSmtpConfigured() {
        String owner = StaffSessions.newStaff("INTERVIEWER");
        long id = create(owner, withLanguage(body("Unmailed", 30, true, List.of(exercise("softmax", 5))), "en"))
                .getLong("id");
        as(owner).body(Map.of("name", "Nobody", "email", "nomail@example.com"))
                .post("/api/v1/assessments/{id}/invites", id).then().statusCode(201).body("emailed", equalTo(false))
                .body("link", containsString("/take/"));
        assertThat(mailbox.getMailsSentTo("nomail@example.com")).isNullOrEmpty();
    }

    private static Map<String, Object> withLanguage(Map<String, Object> body, Object language) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("language", language);
        return copy;
    }

    @Test
    void shouldShowAnEnglishAssessmentInEnglishToAChineseBrowser() {
        String owner = StaffSessions.newStaff("INTERVIEWER");
        var items = List.of(exercise("softmax", 10));
        long en = create(owner, withLanguage(body("English test", 30, true, items), "en")).getLong("id");
        as(owner).get("/api/v1/assessments/{id}", en).then().statusCode(200).body("language", equalTo("en"));
        long browser = create(owner, body("Browser test", 30, true, items)).getLong("id");
        as(owner).get("/api/v1/assessments/{id}", browser).then().body("language", nullValue());
        as(owner).body(withLanguage(body("Bad", 30, true, items), "fr")).put("/api/v1/assessments/{id}", browser)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("language"));
        as(owner).body(withLanguage(body("Now Chinese", 30, true, items), "zh")).put("/api/v1/assessments/{id}",
                browser).then().statusCode(200).body("language", equalTo("zh"));

        String token = invite(owner, en, "Ada");
        given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/take/{t}", token).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
        // A cookie from an earlier Chinese visit does not win over the assessment's language either ...
        given().cookie("lang", "zh").get("/take/{t}", token).then().body(containsString("<html lang=\"en\">"));
        // ... but the candidate's own switch (?lang=) does.
        given().header("Accept-Language", "en-US").queryParam("lang", "zh").get("/take/{t}", token).then()
                .body(containsString("<html lang=\"zh\">"));
        String zhToken = invite(owner, browser, "Lin");
        given().header("Accept-Language", "en-US").get("/take/{t}", zhToken).then()
                .body(containsString("<html lang=\"zh\">"));
        // The duplicate keeps the language.
        long copy = as(owner).post("/api/v1/assessments/{id}/duplicate", en).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(owner).get("/api/v1/assessments/{id}", copy).then().body("language", equalTo("en"));
    }

    @Test
    void shouldLeaveAPreviewOutOfResultsExportsStatisticsAndSimilarity() {
        String owner = StaffSessions.newStaff("INTERVIEWER");
        String instructor = StaffSessions.newStaff("INSTRUCTOR");
        PracticeQuestion question = questions.scorable(null).get(5);
        long id = create(owner, body("Preview me", 30, true,
                List.of(mcq(question.id(), 2), exercise("softmax", 10)))).getLong("id");
        JsonPath assessment = as(owner).get("/api/v1/assessments/{id}", id).jsonPath();
        long mcqItem = assessment.getLong("items[0].id");
        long exerciseItem = assessment.getLong("items[1].id");
        int answersBefore = answersTo(instructor, question.id());
        String code = "import numpy as np\n\ndef softmax(x, axis=-1):\n    e = np.exp(x - x.max(axis=axis, keepdims=True))\n"
                + "    return e / e.sum(axis=axis, keepdims=True)\n";

        // A real candidate saves the same code the interviewer will: with the preview counted, a pair would appear.
        String candidate = invite(owner, id, "Real candidate");
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", candidate).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("language", "python", "code", code))
                .put("/api/v1/attempts/{t}/items/{i}/work", candidate, exerciseItem).then().statusCode(200);

        String link = as(owner).post("/api/v1/assessments/{id}/preview", id).then().statusCode(201).extract()
                .jsonPath().getString("link");
        assertThat(link).matches(".*/take/[A-Za-z0-9_-]{32}");
        String preview = link.substring(link.lastIndexOf('/') + 1);
        given().get("/take/{t}", preview).then().statusCode(200).body(containsString("id=\"preview-banner\""));
        given().get("/take/{t}", candidate).then().body(not(containsString("id=\"preview-banner\"")));
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", preview).then().statusCode(200)
                .body("status", equalTo("STARTED"));
        given().contentType(ContentType.JSON).body(Map.of("language", "python", "code", code))
                .put("/api/v1/attempts/{t}/items/{i}/work", preview, exerciseItem).then().statusCode(200);
        String key = question.content().correct().get(0);
        given().contentType(ContentType.JSON)
                .body(Map.of("choices", List.of(ShownChoices.label(preview, mcqItem, question, key))))
                .post("/api/v1/attempts/{t}/items/{i}/answer", preview, mcqItem).then().statusCode(200);
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/finish", preview).then().statusCode(200)
                .body("status", equalTo("FINISHED"));

        as(owner).get("/api/v1/assessments/{id}/attempts", id).then().statusCode(200)
                .body("name", equalTo(List.of("Real candidate")));
        String csv = given().cookie(StaffSessions.SESSION_COOKIE, owner)
                .get("/api/v1/assessments/{id}/results.csv", id).then().statusCode(200).extract().asString();
        assertThat(csv.strip().split("\r?\n")).as("header + the one real candidate").hasSize(2);
        assertThat(csv).contains("Real candidate");
        given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en").get("/assessments/{id}", id)
                .then().statusCode(200).body(containsString("Real candidate"))
                .body(containsString("id=\"preview-assessment\""));
        assertThat(answersTo(instructor, question.id())).as("statistics count no preview answer")
                .isEqualTo(answersBefore);
        as(owner).get("/api/v1/assessments/{id}/similarity", id).then().statusCode(200)
                .body("exercises[0].pairs", org.hamcrest.Matchers.empty());

        // The page's button opens a new preview's take page.
        String location = CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .post("/assessments/{id}/preview", id).then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/take/[A-Za-z0-9_-]{32}");
        // Another interviewer's assessment cannot be previewed.
        as(StaffSessions.newStaff("INTERVIEWER")).post("/api/v1/assessments/{id}/preview", id).then().statusCode(403);
    }

    private static int answersTo(String instructor, String questionId) {
        List<Map<String, Object>> rows = given().cookie(StaffSessions.SESSION_COOKIE, instructor)
                .get("/api/v1/item-statistics").then().statusCode(200).extract().jsonPath().getList("questions");
        return rows.stream().filter(r -> questionId.equals(r.get("questionId"))).map(r -> (Integer) r.get("answers"))
                .findFirst().orElse(0);
    }
}

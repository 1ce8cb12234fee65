package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.assessment.AssessmentFixtures.as;
import static io.tensorjudge.web.assessment.AssessmentFixtures.body;
import static io.tensorjudge.web.assessment.AssessmentFixtures.create;
import static io.tensorjudge.web.assessment.AssessmentFixtures.exercise;
import static io.tensorjudge.web.assessment.AssessmentFixtures.invite;
import static io.tensorjudge.web.assessment.AssessmentFixtures.mcq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.PrivateBankProfile;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Private items are for assessments: the interviewer's bank lists them first, random draws take only them unless
 * public ones are included, candidate pages have no way to the practice site, and a submission made in an attempt
 * is unknown to the public submission API.
 */
@QuarkusTest
@TestProfile(PrivateBankProfile.class)
class PrivateItemsAssessmentTest {

    private static final String POOL = PrivateBankProfile.POOL_TOPIC;
    private static final String PRIVATE_EXERCISE = PrivateBankProfile.PRIVATE_EXERCISE;

    @Inject ExerciseCatalog catalog;

    String owner;

    @BeforeEach
    void anInterviewer() {
        owner = StaffSessions.newStaff("INTERVIEWER");
    }

    @Test
    void theBankApiListsPrivateItemsFirstToInterviewersOnly() {
        JsonPath bank = as(owner).get("/api/v1/assessments/bank").then().statusCode(200).extract().jsonPath();
        List<String> questionVisibility = bank.getList("questions.visibility", String.class);
        assertThat(questionVisibility).contains("private", "public");
        assertThat(questionVisibility.lastIndexOf("private")).isLessThan(questionVisibility.indexOf("public"));
        assertThat(bank.getList("questions.id", String.class)).containsAll(PrivateBankProfile.PRIVATE_QUESTIONS)
                .contains(PrivateBankProfile.PUBLIC_POOL_QUESTION);
        Map<String, Object> one = bank.getMap("questions.find { it.id == 'fixture-private-one' }");
        assertThat(one).containsOnlyKeys("id", "source", "topics", "difficulty", "visibility")
                .containsEntry("source", "alexnet").containsEntry("difficulty", "easy")
                .containsEntry("visibility", "private").containsEntry("topics", List.of(POOL, "alexnet"));

        List<String> exerciseVisibility = bank.getList("exercises.visibility", String.class);
        assertThat(exerciseVisibility.get(0)).isEqualTo("private");
        assertThat(exerciseVisibility.lastIndexOf("private")).isLessThan(exerciseVisibility.indexOf("public"));
        Map<String, Object> gelu = bank.getMap("exercises.find { it.id == '" + PRIVATE_EXERCISE + "' }");
        assertThat(gelu).containsOnlyKeys("id", "topics", "difficulty", "languages", "visibility")
                .containsEntry("visibility", "private").containsEntry("languages", List.of("python", "java"));
        assertThat(bank.getMap("exercises.find { it.id == 'softmax' }")).containsEntry("visibility", "public");

        given().get("/api/v1/assessments/bank").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.newStaff("INSTRUCTOR"))
                .get("/api/v1/assessments/bank").then().statusCode(403);
    }

    @Test
    void aDefaultRandomDrawHoldsOnlyPrivateQuestions() {
        JsonPath drawn = create(owner, body("Private draw", 20, false, List.of(
                Map.of("kind", "RANDOM_MCQ", "topic", POOL, "count", 3, "points", 2))));
        assertThat(drawn.getList("items.refId", String.class))
                .containsExactlyInAnyOrderElementsOf(PrivateBankProfile.PRIVATE_QUESTIONS);

        as(owner).body(body("Too many", 20, false, List.of(
                        Map.of("kind", "RANDOM_MCQ", "topic", POOL, "count", 4, "points", 2))))
                .post("/api/v1/assessments").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("items[0].count"));

        JsonPath withPublic = create(owner, body("With public", 20, false, List.of(
                Map.of("kind", "RANDOM_MCQ", "topic", POOL, "count", 4, "points", 2, "includePublic", true))));
        assertThat(withPublic.getList("items.refId", String.class))
                .contains(PrivateBankProfile.PUBLIC_POOL_QUESTION).hasSize(4);
    }

    @Test
    void theBuilderListsPrivateItemsFirstAndWarnsAboutPublicOnes() {
        String en = given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en")
                .get("/assessments/new").then().statusCode(200).extract().asString();
        for (String table : List.of("question-table", "exercise-table")) {
            String rows = en.substring(en.indexOf("id=\"" + table + "\""));
            rows = rows.substring(0, rows.indexOf("</table>"));
            assertThat(rows).contains("data-visibility=\"private\"").contains("data-visibility=\"public\"");
            assertThat(rows.lastIndexOf("data-visibility=\"private\""))
                    .isLessThan(rows.indexOf("data-visibility=\"public\""));
            for (String row : rows.split("<tr ")) {
                if (row.startsWith("data-filter")) {
                    assertThat(row.contains("candidates can practise this publicly"))
                            .as("warning iff public: " + row).isEqualTo(row.contains("data-visibility=\"public\""));
                }
            }
        }
        assertThat(en).contains("id=\"random-include-public\"").doesNotContain("id=\"random-include-public\" checked");
        String zh = given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "zh")
                .get("/assessments/new").then().statusCode(200).extract().asString();
        assertThat(zh).contains("候选人可以在公开练习中做到此题");
    }

    @Test
    void candidatePagesHaveNoWayToThePracticeSite() {
        String token = invite(owner, privateAssessment(), "Grace");
        assertNoPracticeLinks(given().queryParam("lang", "en").get("/take/{t}", token).then().statusCode(200)
                .extract().asString());
        CsrfForms.form().redirects().follow(false).post("/take/{t}/start", token).then().statusCode(303);
        String take = given().queryParam("lang", "en").get("/take/{t}", token).then().statusCode(200).extract()
                .asString();
        assertThat(take).as("private items are shown inside the assessment").contains("Private one");
        assertNoPracticeLinks(take);
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/finish", token).then().statusCode(200);
        String finished = given().get("/take/{t}", token).then().statusCode(200).extract().asString();
        assertThat(finished).contains("id=\"finished\"");
        assertNoPracticeLinks(finished);
    }

    @Test
    void submissionsMadeInAnAttemptAreUnknownToThePublicApi() throws Exception {
        JsonPath created = create(owner, body("Leaks", 30, true, List.of(exercise("softmax", 10),
                exercise(PRIVATE_EXERCISE, 10))));
        long softmaxItem = created.getLong("items[0].id");
        long privateItem = created.getLong("items[1].id");
        String token = invite(owner, created.getLong("id"), "Alan");
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        String onPublic = candidateSubmit(token, softmaxItem, solution("softmax"));
        String onPrivate = candidateSubmit(token, privateItem, solution(PRIVATE_EXERCISE));

        String unknown = "00000000-0000-4000-8000-000000000000";
        for (String id : List.of(onPublic, onPrivate)) {
            Response forAttempt = given().get("/api/v1/submissions/{id}", id);
            Response forUnknown = given().get("/api/v1/submissions/{id}", unknown);
            assertThat(forAttempt.statusCode()).isEqualTo(404);
            assertThat(forAttempt.asString().replace(id, "ID")).isEqualTo(forUnknown.asString().replace(unknown, "ID"));
            given().get("/api/v1/submissions/{id}/events", id).then().statusCode(404);
            // The candidate API still reads its own submission.
            given().get("/api/v1/attempts/{t}/submissions/{s}", token, id).then().statusCode(200);
        }
        String page = given().queryParam("submission", onPublic).get("/exercises/softmax").then().statusCode(200)
                .extract().asString();
        assertThat(page).doesNotContain("data-submission=\"" + onPublic);
        given().get("/exercises/softmax/results/{s}", onPublic).then().statusCode(404);
        given().queryParam("submission", onPrivate).get("/exercises/{id}", PRIVATE_EXERCISE).then().statusCode(404);
    }

    private long privateAssessment() {
        return create(owner, body("Private only", 30, true, List.of(mcq("fixture-private-one", 2),
                exercise(PRIVATE_EXERCISE, 10)))).getLong("id");
    }

    private String solution(String exerciseId) throws Exception {
        return Files.readString(catalog.find(exerciseId).orElseThrow().exercise().file("solution.py"));
    }

    private static String candidateSubmit(String token, long itemId, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("language", "python", "code", code, "mode", "run"))
                .post("/api/v1/attempts/{t}/items/{i}/submissions", token, itemId)
                .then().statusCode(202).extract().jsonPath().getString("id");
    }

    private static void assertNoPracticeLinks(String html) {
        assertThat(html).doesNotContain("href=\"/questions").doesNotContain("href=\"/exercises")
                .doesNotContain("href=\"/\"").doesNotContain("action=\"/questions");
    }
}

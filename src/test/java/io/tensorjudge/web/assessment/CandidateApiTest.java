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
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.tensorjudge.assessment.MovableClock;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidateApiTest {

    @Inject QuestionService questions;
    @Inject MovableClock clock;

    String owner;
    PracticeQuestion question;
    long id;
    long mcqItem;
    long exerciseItem;

    @BeforeEach
    void anAssessmentWithAnMcqAndAnExercise() {
        owner = StaffSessions.newStaff("INTERVIEWER");
        question = questions.scorable(null).get(0);
        JsonPath created = create(owner, body("Candidate API", 10, false,
                List.of(mcq(question.id(), 2), exercise("softmax", 10))));
        id = created.getLong("id");
        mcqItem = created.getLong("items[0].id");
        exerciseItem = created.getLong("items[1].id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestSpecification candidate() {
        return given().contentType(ContentType.JSON);
    }

    @Test
    void anUnknownTokenOpensNothing() {
        String bogus = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        candidate().get("/api/v1/attempts/{t}", bogus).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        candidate().post("/api/v1/attempts/{t}/start", bogus).then().statusCode(404);
        candidate().body(Map.of("choices", List.of("A"))).put("/api/v1/attempts/{t}/items/{i}/work", bogus, mcqItem)
                .then().statusCode(404);
        candidate().body(Map.of("kind", "PASTE")).post("/api/v1/attempts/{t}/signals", bogus).then().statusCode(404);
    }

    @Test
    void itemsAppearOnlyAfterStartAndNeverCarryTheKey() {
        String token = invite(owner, id, "Grace");
        candidate().get("/api/v1/attempts/{t}", token).then().statusCode(200)
                .body("status", equalTo("INVITED")).body("items", hasSize(0)).body("itemCount", equalTo(2));
        candidate().body(Map.of("choices", List.of("A"))).put("/api/v1/attempts/{t}/items/{i}/work", token, mcqItem)
                .then().statusCode(409).body("detail", containsString("Start"));

        String started = candidate().post("/api/v1/attempts/{t}/start", token).then().statusCode(200)
                .body("status", equalTo("STARTED")).body("items", hasSize(2)).extract().asString();
        String answered = candidate().body(Map.of("choices", question.content().correct()))
                .post("/api/v1/attempts/{t}/items/{i}/answer", token, mcqItem).then().statusCode(200).extract().asString();
        for (String body : List.of(started, answered)) {
            assertThat(body).doesNotContain("correct", "explanation", "solution")
                    .as("no question id: the practice pages would give away its key").doesNotContain(question.id());
        }
        candidate().get("/api/v1/attempts/{t}", token).then().body("items[0].submitted", equalTo(true));
    }

    @Test
    void autosavedWorkIsThereOnTheNextRead() {
        String token = invite(owner, id, "Linus");
        candidate().post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        candidate().body(Map.of("language", "python", "code", "def softmax(x, axis=-1):\n    return x\n"))
                .put("/api/v1/attempts/{t}/items/{i}/work", token, exerciseItem).then().statusCode(200);
        candidate().body(Map.of("choices", List.of("B")))
                .put("/api/v1/attempts/{t}/items/{i}/work", token, mcqItem).then().statusCode(200);

        JsonPath read = candidate().get("/api/v1/attempts/{t}", token).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("items[1].savedCode")).contains("return x");
        assertThat(read.getString("items[1].savedLanguage")).isEqualTo("python");
        assertThat(read.getList("items[0].savedChoices", String.class)).containsExactly("B");

        candidate().body(Map.of("language", "java", "code", "x"))
                .put("/api/v1/attempts/{t}/items/{i}/work", token, exerciseItem)
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
    }

    @Test
    void aTokenReachesOnlyItsOwnAttempt() throws Exception {
        String mine = invite(owner, id, "Mine");
        String theirs = invite(owner, id, "Theirs");
        candidate().post("/api/v1/attempts/{t}/start", mine).then().statusCode(200);
        candidate().post("/api/v1/attempts/{t}/start", theirs).then().statusCode(200);
        String theirSubmission = candidate().body(Map.of("language", "python", "code", solution(), "mode", "submit"))
                .post("/api/v1/attempts/{t}/items/{i}/submissions", theirs, exerciseItem)
                .then().statusCode(202).extract().jsonPath().getString("id");

        candidate().get("/api/v1/attempts/{t}/submissions/{s}", mine, theirSubmission).then().statusCode(404);
        candidate().get("/api/v1/attempts/{t}/submissions/{s}", theirs, theirSubmission).then().statusCode(200);

        long foreignItem = create(owner, body("Other", 10, true, List.of(mcq(question.id(), 1))))
                .getLong("items[0].id");
        candidate().body(Map.of("choices", List.of("A")))
                .put("/api/v1/attempts/{t}/items/{i}/work", mine, foreignItem).then().statusCode(404);
    }

    @Test
    void submissionsAreGradedScoredAndShownWithoutHiddenData() throws Exception {
        String token = invite(owner, id, "Alan");
        candidate().post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        candidate().body(Map.of("language", "python", "code", solution(), "mode", "run"))
                .post("/api/v1/attempts/{t}/items/{i}/submissions", token, exerciseItem)
                .then().statusCode(403).body("detail", containsString("not allowed"));

        String wrong = submit(token, "import numpy as np\n\ndef softmax(x, axis=-1):\n    return np.exp(x)\n");
        String right = submit(token, solution());
        JsonPath wrongResult = awaitDone(token, wrong);
        JsonPath rightResult = awaitDone(token, right);
        assertThat(wrongResult.getString("verdict")).isEqualTo("WRONG_ANSWER");
        assertThat(rightResult.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(rightResult.getInt("hiddenTotal")).isPositive().isEqualTo(rightResult.getInt("hiddenPassed"));
        assertThat(rightResult.getList("visibleTests.visible", Boolean.class)).isNotEmpty().containsOnly(true);
        String raw = candidate().get("/api/v1/attempts/{t}/submissions/{s}", token, wrong).asString();
        assertThat(raw).doesNotContain("\"visible\":false");

        candidate().post("/api/v1/attempts/{t}/finish", token).then().statusCode(200).body("status", equalTo("FINISHED"));
        JsonPath row = as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath();
        assertThat(row.getDouble("[0].score")).as("best submission x points").isEqualTo(10.0);
        assertThat(row.getDouble("[0].items[1].earned")).isEqualTo(10.0);
        JsonPath detail = as(owner).get("/api/v1/assessments/{id}/attempts/{a}", id, row.getLong("[0].attemptId"))
                .jsonPath();
        assertThat(detail.getList("items[1].submissions.verdict", String.class))
                .containsExactly("WRONG_ANSWER", "ACCEPTED");
        assertThat(detail.getList("items[1].submissions[0].tests.visible", Boolean.class))
                .as("the interviewer sees hidden tests too").contains(false, true);
    }

    @Test
    void afterTheDeadlineWorkIsRefusedAndTheAttemptFinishes() throws Exception {
        String token = invite(owner, id, "Edsger");
        candidate().post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        long left = candidate().get("/api/v1/attempts/{t}", token).jsonPath().getLong("secondsLeft");
        assertThat(left).isBetween(9 * 60L, 10 * 60L);
        candidate().body(Map.of("kind", "PASTE", "itemId", exerciseItem, "detail", "120 chars"))
                .post("/api/v1/attempts/{t}/signals", token).then().statusCode(204);

        clock.advance(Duration.ofMinutes(11));
        candidate().body(Map.of("language", "python", "code", solution(), "mode", "submit"))
                .post("/api/v1/attempts/{t}/items/{i}/submissions", token, exerciseItem)
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("time is up"));
        candidate().body(Map.of("choices", List.of("A"))).put("/api/v1/attempts/{t}/items/{i}/work", token, mcqItem)
                .then().statusCode(409);
        candidate().post("/api/v1/attempts/{t}/start", token).then().statusCode(409);
        candidate().get("/api/v1/attempts/{t}", token).then().statusCode(200)
                .body("status", equalTo("FINISHED")).body("secondsLeft", equalTo(0)).body("items", hasSize(0));

        JsonPath row = as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath();
        assertThat(row.getLong("[0].secondsUsed")).isEqualTo(600L);
        JsonPath detail = as(owner).get("/api/v1/assessments/{id}/attempts/{a}", id, row.getLong("[0].attemptId"))
                .jsonPath();
        assertThat(detail.getList("signals.kind", String.class)).containsExactly("PASTE");
        assertThat(detail.getLong("signals[0].itemId")).isEqualTo(exerciseItem);
    }

    private String submit(String token, String code) {
        return candidate().body(Map.of("language", "python", "code", code, "mode", "submit"))
                .post("/api/v1/attempts/{t}/items/{i}/submissions", token, exerciseItem)
                .then().statusCode(202).extract().jsonPath().getString("id");
    }

    static JsonPath awaitDone(String token, String submissionId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            JsonPath json = candidate().get("/api/v1/attempts/{t}/submissions/{s}", token, submissionId)
                    .then().statusCode(200).extract().jsonPath();
            if ("DONE".equals(json.getString("status"))) {
                return json;
            }
            assertThat(System.nanoTime()).as("graded within 120 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    static String solution() throws Exception {
        return Files.readString(Path.of("exercises/softmax/solution.py"));
    }
}

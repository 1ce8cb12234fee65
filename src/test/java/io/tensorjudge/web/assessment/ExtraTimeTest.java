package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.assessment.AssessmentFixtures.as;
import static io.tensorjudge.web.assessment.AssessmentFixtures.body;
import static io.tensorjudge.web.assessment.AssessmentFixtures.create;
import static io.tensorjudge.web.assessment.AssessmentFixtures.invite;
import static io.tensorjudge.web.assessment.AssessmentFixtures.mcq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.tensorjudge.assessment.MovableClock;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14: extra minutes for one candidate move their clock and the deadline the server enforces, no one else's. */
@QuarkusTest
class ExtraTimeTest {

    @Inject QuestionService questions;
    @Inject MovableClock clock;

    String owner;
    long id;
    long mcqItem;

    @BeforeEach
    void aTenMinuteAssessment() {
        owner = StaffSessions.newStaff("INTERVIEWER");
        JsonPath created = create(owner, body("Extra time", 10, false,
                List.of(mcq(questions.scorable(null).get(0).id(), 2))));
        id = created.getLong("id");
        mcqItem = created.getLong("items[0].id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification candidate() {
        return given().contentType(ContentType.JSON);
    }

    private long attemptOf(String name) {
        return as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath()
                .getLong("find { it.name == '" + name + "' }.attemptId");
    }

    private static long secondsLeft(String token) {
        return candidate().get("/api/v1/attempts/{t}", token).jsonPath().getLong("secondsLeft");
    }

    @Test
    void extraMinutesOnARunningAttemptMoveItsDeadlineAndNotOthers() {
        String ada = invite(owner, id, "Ada");
        String bob = invite(owner, id, "Bob");
        candidate().post("/api/v1/attempts/{t}/start", ada).then().statusCode(200);
        candidate().post("/api/v1/attempts/{t}/start", bob).then().statusCode(200);

        as(owner).body(Map.of("minutes", 15)).put("/api/v1/assessments/{id}/attempts/{a}/extra-time", id,
                attemptOf("Ada")).then().statusCode(200).body("extraMinutes", equalTo(15));
        assertThat(secondsLeft(ada)).isBetween(24 * 60L, 25 * 60L);
        assertThat(secondsLeft(bob)).isBetween(9 * 60L, 10 * 60L);
        // The page's clock starts from the same number.
        String page = given().get("/take/{t}", ada).then().statusCode(200).extract().asString();
        long shown = Long.parseLong(page.replaceAll("(?s).*data-seconds-left=\"(\\d+)\".*", "$1"));
        assertThat(shown).isBetween(24 * 60L, 25 * 60L);
        // Setting it again replaces, it does not add.
        as(owner).body(Map.of("minutes", 5)).put("/api/v1/assessments/{id}/attempts/{a}/extra-time", id,
                attemptOf("Ada")).then().statusCode(200);
        assertThat(secondsLeft(ada)).isBetween(14 * 60L, 15 * 60L);

        clock.advance(Duration.ofMinutes(12));
        candidate().body(Map.of("choices", List.of("A"))).put("/api/v1/attempts/{t}/items/{i}/work", ada, mcqItem)
                .then().statusCode(200);
        candidate().body(Map.of("choices", List.of("A"))).put("/api/v1/attempts/{t}/items/{i}/work", bob, mcqItem)
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        // Cutting it below the time already used would end the attempt: refused.
        as(owner).body(Map.of("minutes", 1)).put("/api/v1/assessments/{id}/attempts/{a}/extra-time", id,
                attemptOf("Ada")).then().statusCode(409).contentType(startsWith("application/problem+json"));

        clock.advance(Duration.ofMinutes(4));
        candidate().body(Map.of("choices", List.of("A"))).put("/api/v1/attempts/{t}/items/{i}/work", ada, mcqItem)
                .then().statusCode(409);
        candidate().get("/api/v1/attempts/{t}", ada).then().body("status", equalTo("FINISHED"));
        JsonPath rows = as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath();
        assertThat(rows.getLong("find { it.name == 'Ada' }.secondsUsed")).isEqualTo(15 * 60L);
        // Finished: extra time no longer applies.
        as(owner).body(Map.of("minutes", 30)).put("/api/v1/assessments/{id}/attempts/{a}/extra-time", id,
                attemptOf("Ada")).then().statusCode(409);
    }

    @Test
    void extraMinutesGivenBeforeTheStartCountFromTheStartAndTheFormSetsThem() {
        String grace = invite(owner, id, "Grace");
        long attempt = attemptOf("Grace");
        as(owner).body(Map.of("minutes", -1)).put("/api/v1/assessments/{id}/attempts/{a}/extra-time", id, attempt)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        as(owner).body(Map.of("minutes", 481)).put("/api/v1/assessments/{id}/attempts/{a}/extra-time", id, attempt)
                .then().statusCode(400);
        String other = StaffSessions.newStaff("INTERVIEWER");
        as(other).body(Map.of("minutes", 5)).put("/api/v1/assessments/{id}/attempts/{a}/extra-time", id, attempt)
                .then().statusCode(403);

        CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .formParam("minutes", "20").post("/assessments/{id}/attempts/{a}/extra-time", id, attempt)
                .then().statusCode(303);
        as(owner).get("/api/v1/assessments/{id}/attempts", id).then().body("[0].extraMinutes", equalTo(20));
        candidate().post("/api/v1/attempts/{t}/start", grace).then().statusCode(200);
        assertThat(secondsLeft(grace)).isBetween(29 * 60L, 30 * 60L);
        given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en").get("/assessments/{id}", id)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("name=\"minutes\""))
                .body(org.hamcrest.Matchers.containsString("value=\"20\""));
    }
}

package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.assessment.AssessmentFixtures.as;
import static io.tensorjudge.web.assessment.AssessmentFixtures.body;
import static io.tensorjudge.web.assessment.AssessmentFixtures.create;
import static io.tensorjudge.web.assessment.AssessmentFixtures.invite;
import static io.tensorjudge.web.assessment.AssessmentFixtures.mcq;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.ShownChoices;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each attempt sees an MCQ's choices in its own order, labelled A, B, C... by position: the same across reloads,
 * scored by the bank's key, and shown again to the interviewer in the order the candidate saw.
 */
@QuarkusTest
class ChoiceShuffleTest {

    @Inject QuestionService questions;

    @Test
    void attemptsSeeTheirOwnStableOrderAndAreScoredByTheBankKey() {
        String owner = StaffSessions.newStaff("INTERVIEWER");
        PracticeQuestion question = questions.scorable(null).stream()
                .filter(q -> q.content().choices().size() >= 4 && q.content().correct().size() == 1).findFirst()
                .orElseThrow();
        String key = question.content().correct().get(0);
        long id = create(owner, body("Shuffled", 20, false, List.of(mcq(question.id(), 3)))).getLong("id");
        long itemId = as(owner).get("/api/v1/assessments/{id}", id).jsonPath().getLong("items[0].id");

        Set<List<String>> orders = new HashSet<>();
        List<List<String>> seen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String token = invite(owner, id, "cand" + i);
            given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
            List<String> texts = shownTexts(token);
            assertThat(shownLabels(token)).as("labels by position")
                    .containsExactly(List.of("A", "B", "C", "D", "E", "F").subList(0, texts.size()).toArray(String[]::new));
            assertThat(shownTexts(token)).as("stable across reloads").isEqualTo(texts);
            assertThat(texts).containsExactlyInAnyOrderElementsOf(
                    question.content().choices().stream().map(ChoiceDef::text).toList());
            JsonPath read = given().get("/api/v1/attempts/{t}", token).jsonPath();
            assertThat(read.getString("items[0].stem")).isEqualTo(question.content().stem());
            orders.add(texts);
            seen.add(texts);
            // Everyone answers right except the last, each with the label their own page shows for the key.
            List<String> chosen = i < 5 ? List.of(key) : List.of(question.content().choices().stream()
                    .map(ChoiceDef::key).filter(k -> !k.equals(key)).findFirst().orElseThrow());
            given().contentType(ContentType.JSON)
                    .body(Map.of("choices", ShownChoices.labels(token, itemId, question, chosen)))
                    .post("/api/v1/attempts/{t}/items/{i}/answer", token, itemId).then().statusCode(200);
            assertThat(given().get("/api/v1/attempts/{t}", token).jsonPath().getList("items[0].savedChoices",
                    String.class)).isEqualTo(ShownChoices.labels(token, itemId, question, chosen));
            given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/finish", token).then().statusCode(200);
        }
        assertThat(orders).as("six attempts do not all see one order").hasSizeGreaterThan(1);

        JsonPath rows = as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath();
        for (int i = 0; i < 6; i++) {
            assertThat(rows.getDouble("find { it.name == 'cand" + i + "' }.score")).as("cand" + i)
                    .isEqualTo(i < 5 ? 3.0 : 0.0);
        }
        long attemptId = rows.getLong("find { it.name == 'cand0' }.attemptId");
        JsonPath detail = as(owner).get("/api/v1/assessments/{id}/attempts/{a}", id, attemptId).jsonPath();
        assertThat(detail.getString("items[0].choices")).as("stored by the bank's key").isEqualTo(key);
        List<String> shownOrder = detail.getList("items[0].shownOrder", String.class);
        List<String> textsInShownOrder = shownOrder.stream().map(k -> question.content().choices().stream()
                .filter(c -> c.key().equals(k)).findFirst().orElseThrow().text()).toList();
        assertThat(textsInShownOrder).as("the review shows the order this candidate saw").isEqualTo(seen.get(0));
        String review = given().cookie(StaffSessions.SESSION_COOKIE, owner).queryParam("lang", "en")
                .get("/assessments/{id}/attempts/{a}", id, attemptId).then().statusCode(200).extract().asString();
        // Every option, in that order, under the candidate's labels A, B, C... with the bank's key beside it.
        int from = review.indexOf("class=\"review-options\"");
        assertThat(from).isPositive();
        for (int i = 0; i < shownOrder.size(); i++) {
            String option = "data-key=\"" + shownOrder.get(i) + "\"><strong>" + (char) ('A' + i) + ".</strong>";
            int at = review.indexOf(option, from);
            assertThat(at).as("option %s at position %d", shownOrder.get(i), i).isGreaterThan(from);
            from = at;
        }
    }

    private static List<String> shownTexts(String token) {
        return given().get("/api/v1/attempts/{t}", token).then().statusCode(200).extract().jsonPath()
                .getList("items[0].choices.text", String.class);
    }

    private static List<String> shownLabels(String token) {
        return given().get("/api/v1/attempts/{t}", token).jsonPath().getList("items[0].choices.key", String.class);
    }
}

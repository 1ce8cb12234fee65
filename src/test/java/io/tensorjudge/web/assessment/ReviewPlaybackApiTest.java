package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.assessment.AssessmentFixtures.as;
import static io.tensorjudge.web.assessment.AssessmentFixtures.body;
import static io.tensorjudge.web.assessment.AssessmentFixtures.create;
import static io.tensorjudge.web.assessment.AssessmentFixtures.exercise;
import static io.tensorjudge.web.assessment.AssessmentFixtures.invite;
import static io.tensorjudge.web.assessment.AssessmentFixtures.mcq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.ShownChoices;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 part 4: the review's playback API (autosaved snapshots, deduplicated, with pastes) and the MCQ options
 * and time per item of the attempt detail; staff who own (or share) the assessment only, never a candidate.
 */
@QuarkusTest
class ReviewPlaybackApiTest {

    @Inject QuestionService questions;

    String owner;
    PracticeQuestion question;
    long id;
    long exerciseItem;
    long mcqItem;

    @BeforeEach
    void anAssessmentWithAnExerciseAndAnMcq() {
        owner = StaffSessions.newStaff("INTERVIEWER");
        question = questions.scorable(null).stream().filter(q -> !q.content().hasSeveralAnswers()).findFirst()
                .orElseThrow();
        JsonPath created = create(owner, body("Playback", 30, false,
                List.of(exercise("softmax", 10), mcq(question.id(), 2))));
        id = created.getLong("id");
        exerciseItem = created.getLong("items.find { it.kind == 'EXERCISE' }.id");
        mcqItem = created.getLong("items.find { it.kind == 'MCQ' }.id");
    }

    private long attemptOf(String name) {
        return as(owner).get("/api/v1/assessments/{id}/attempts", id).jsonPath()
                .getLong("find { it.name == '" + name + "' }.attemptId");
    }

    private static void save(String token, long item, String code) {
        given().contentType(ContentType.JSON).body(Map.of("language", "python", "code", code))
                .put("/api/v1/attempts/{t}/items/{i}/work", token, item).then().statusCode(200);
    }

    private String startedCandidate(String name) {
        String token = invite(owner, id, name);
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        return token;
    }

    @Test
    void shouldReplayTheDistinctAutosavesWithThePastesWhenTheOwnerAsks() {
        String token = startedCandidate("Grace");
        save(token, exerciseItem, "import numpy as np\n");
        save(token, exerciseItem, "import numpy as np\n"); // identical: not kept twice
        given().contentType(ContentType.JSON).body(Map.of("kind", "PASTE", "itemId", exerciseItem, "detail", "40 chars"))
                .post("/api/v1/attempts/{t}/signals", token).then().statusCode(204);
        save(token, exerciseItem, "import numpy as np\n\ndef softmax(x, axis=-1):\n    pass\n");
        given().contentType(ContentType.JSON).body(Map.of("choices",
                        ShownChoices.labels(token, mcqItem, question, List.of(question.content().correct().get(0)))))
                .post("/api/v1/attempts/{t}/items/{i}/answer", token, mcqItem).then().statusCode(200);
        long attempt = attemptOf("Grace");

        as(owner).get("/api/v1/assessments/{id}/attempts/{a}/items/{i}/playback", id, attempt, exerciseItem)
                .then().statusCode(200)
                .body("itemId", equalTo((int) exerciseItem))
                .body("frames", hasSize(2))
                .body("frames[0].source", equalTo("autosave"))
                .body("frames[0].code", equalTo("import numpy as np\n"))
                .body("frames[1].code", startsWith("import numpy as np\n\ndef softmax"))
                .body("pastes", hasSize(1))
                .body("pastes[0].detail", equalTo("40 chars"))
                .body("pastes[0].frame", equalTo(1));

        JsonPath detail = as(owner).get("/api/v1/assessments/{id}/attempts/{a}", id, attempt).jsonPath();
        List<Map<String, Object>> options = detail.getList("items.find { it.kind == 'MCQ' }.options");
        assertThat(options).hasSize(question.content().choices().size());
        assertThat(options).extracting(o -> (String) o.get("label")).containsExactlyElementsOf(labels(options.size()));
        // The keys in the order this candidate saw them, the answer's key chosen and marked correct.
        assertThat(options).extracting(o -> o.get("key"))
                .containsExactlyElementsOf(detail.getList("items.find { it.kind == 'MCQ' }.shownOrder"));
        assertThat(options).filteredOn(o -> (Boolean) o.get("chosen")).singleElement()
                .satisfies(o -> assertThat(o.get("correct")).isEqualTo(true));
        assertThat(detail.getLong("items.find { it.kind == 'EXERCISE' }.secondsSpent")).isNotNull().isGreaterThanOrEqualTo(0L);
        assertThat(detail.getLong("items.find { it.kind == 'MCQ' }.secondsSpent")).isNotNull().isGreaterThanOrEqualTo(0L);
    }

    @Test
    void shouldRefuseThePlaybackWhenTheCallerIsNotTheOwnersSide() {
        String token = startedCandidate("Alan");
        save(token, exerciseItem, "secret = 'alan'\n");
        String other = startedCandidate("Barbara");
        long attempt = attemptOf("Alan");
        String path = "/api/v1/assessments/{id}/attempts/{a}/items/{i}/playback";

        given().get(path, id, attempt, exerciseItem).then().statusCode(401);
        as(StaffSessions.newStaff("INTERVIEWER")).get(path, id, attempt, exerciseItem).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        as(StaffSessions.newStaff("INSTRUCTOR")).get(path, id, attempt, exerciseItem).then().statusCode(403);
        as(owner).get(path, id, attempt, mcqItem).then().statusCode(404);
        // A candidate has no account: neither their own token nor a guessed path under it reaches anyone's snapshots.
        given().get("/api/v1/attempts/{t}/items/{i}/playback", other, exerciseItem).then().statusCode(404);
        given().get("/api/v1/attempts/{t}/attempts/{a}/items/{i}/playback", other, attempt, exerciseItem)
                .then().statusCode(404);
        given().queryParam("token", other).get(path, id, attempt, exerciseItem).then().statusCode(401);
        String otherView = given().get("/api/v1/attempts/{t}", other).asString();
        assertThat(otherView).doesNotContain("secret = 'alan'");
    }

    private static List<String> labels(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> String.valueOf((char) ('A' + i))).toList();
    }
}

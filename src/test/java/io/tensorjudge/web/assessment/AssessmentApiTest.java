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
import static org.hamcrest.Matchers.hasItems;
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

@QuarkusTest
class AssessmentApiTest {

    @Inject QuestionService questions;

    String owner;
    long id;
    long attemptId;

    @BeforeEach
    void anAssessmentWithOneCandidate() {
        owner = StaffSessions.newStaff("INTERVIEWER");
        id = create(owner, body("API test", 30, true, List.of(mcq(mcqs().get(0).id(), 2)))).getLong("id");
        attemptId = as(owner).body(Map.of("name", "Ada", "email", "ada@example.com"))
                .when().post("/api/v1/assessments/{id}/invites", id).then().statusCode(201)
                .extract().jsonPath().getLong("attemptId");
    }

    /** Every interviewer endpoint with a body that would be valid. */
    private List<Call> calls() {
        String path = "/api/v1/assessments/" + id;
        Map<String, Object> assessment = body("x", 30, true, List.of(mcq(mcqs().get(0).id(), 1)));
        return List.of(
                new Call("GET", "/api/v1/assessments", null),
                new Call("POST", "/api/v1/assessments", assessment),
                new Call("GET", path, null),
                new Call("PUT", path, assessment),
                new Call("PUT", path + "/shares", Map.of("usernames", List.of())),
                new Call("POST", path + "/invites", Map.of("name", "B", "email", "b@example.com")),
                new Call("GET", path + "/attempts", null),
                new Call("GET", path + "/attempts/" + attemptId, null),
                new Call("PUT", path + "/attempts/" + attemptId + "/review",
                        Map.of("notes", "n", "recommendation", "HIRE")),
                new Call("GET", path + "/results.csv", null));
    }

    record Call(String method, String path, Object body) {
        int status(String session) {
            var request = given().contentType(ContentType.JSON);
            if (session != null) {
                request.cookie(StaffSessions.SESSION_COOKIE, session);
            }
            if (body != null) {
                request.body(body);
            }
            return request.when().request(method, path).statusCode();
        }
    }

    @Test
    void anonymousCallsAre401() {
        for (Call call : calls()) {
            assertThat(call.status(null)).as(call.method() + " " + call.path()).isEqualTo(401);
        }
    }

    @Test
    void otherRolesAre403() {
        String instructor = StaffSessions.newStaff("INSTRUCTOR");
        for (Call call : calls()) {
            assertThat(call.status(instructor)).as(call.method() + " " + call.path()).isEqualTo(403);
        }
    }

    @Test
    void anotherInterviewerGets403UntilItIsSharedWithThem() {
        String other = StaffSessions.newStaff("INTERVIEWER");
        for (Call call : calls()) {
            if (call.path().equals("/api/v1/assessments")) {
                continue; // list and create concern the caller's own assessments
            }
            assertThat(call.status(other)).as(call.method() + " " + call.path()).isEqualTo(403);
        }
        assertThat(as(other).get("/api/v1/assessments").jsonPath().getList("id", Long.class)).doesNotContain(id);

        String otherName = as(other).get("/api/v1/staff/me").jsonPath().getString("username");
        as(owner).body(Map.of("usernames", List.of(otherName))).put("/api/v1/assessments/{id}/shares", id)
                .then().statusCode(200).body("sharedWith", hasItems(otherName));
        as(other).get("/api/v1/assessments/{id}", id).then().statusCode(200).body("title", equalTo("API test"));
        assertThat(as(other).get("/api/v1/assessments").jsonPath().getList("id", Long.class)).contains(id);
    }

    @Test
    void theOwnerOfAnotherAssessmentCannotReachThisAttemptThroughTheirOwnId() {
        String other = StaffSessions.newStaff("INTERVIEWER");
        long theirs = create(other, body("Theirs", 30, true, List.of(mcq(mcqs().get(0).id(), 1)))).getLong("id");
        as(other).get("/api/v1/assessments/{id}/attempts/{a}", theirs, attemptId).then().statusCode(403);
        as(other).body(Map.of("notes", "x", "recommendation", "NO_HIRE"))
                .put("/api/v1/assessments/{id}/attempts/{a}/review", theirs, attemptId).then().statusCode(403);
    }

    @Test
    void invalidAssessmentsNameTheirFields() {
        as(owner).body(Map.of("title", "", "timeLimitMinutes", 0, "languages", List.of("cobol"),
                        "items", List.of(Map.of("kind", "EXERCISE", "refId", "nope"))))
                .when().post("/api/v1/assessments")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("title", "timeLimitMinutes", "languages", "items[0].refId"));
    }

    @Test
    void createdItemsCarryTitlesAndRandomOnesAreDrawn() {
        JsonPath created = create(owner, body("Random", 20, false, List.of(
                Map.of("kind", "RANDOM_MCQ", "topic", "backprop", "count", 2, "points", 3, "includePublic", true),
                AssessmentFixtures.exercise("softmax", 10))));
        assertThat(created.getList("items.kind", String.class)).containsExactly("MCQ", "MCQ", "EXERCISE");
        assertThat(created.getList("items.points", Integer.class)).containsExactly(3, 3, 10);
        assertThat(created.getList("items.title", String.class)).allSatisfy(t -> assertThat(t).isNotBlank());
    }

    @Test
    void reviewsAreSavedAndShownWithTheAttempt() {
        as(owner).body(Map.of("notes", "Strong on backprop.", "recommendation", "HIRE"))
                .put("/api/v1/assessments/{id}/attempts/{a}/review", id, attemptId)
                .then().statusCode(200).body("recommendation", equalTo("HIRE"));
        as(owner).get("/api/v1/assessments/{id}/attempts/{a}", id, attemptId).then().statusCode(200)
                .body("review.notes", equalTo("Strong on backprop.")).body("review.recommendation", equalTo("HIRE"))
                .body("summary.name", equalTo("Ada"));
        as(owner).body(Map.of("notes", "x", "recommendation", "MAYBE"))
                .put("/api/v1/assessments/{id}/attempts/{a}/review", id, attemptId)
                .then().statusCode(400).body("errors[0].field", equalTo("recommendation"));
    }

    @Test
    void theCsvHasOneRowPerAttemptAndOneColumnPerItem() {
        PracticeQuestion single = mcqs().get(0);
        PracticeQuestion second = mcqs().get(1);
        long twoItems = create(owner, body("CSV", 30, true, List.of(mcq(single.id(), 2), mcq(second.id(), 3))))
                .getLong("id");
        List<Long> items = as(owner).get("/api/v1/assessments/{id}", twoItems).jsonPath().getList("items.id", Long.class);
        String right = invite(owner, twoItems, "Lovelace, \"Ada\"");
        String wrong = invite(owner, twoItems, "=HYPERLINK(1)");
        invite(owner, twoItems, "Never started");
        for (String token : List.of(right, wrong)) {
            given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/start", token).then().statusCode(200);
        }
        answer(right, items.get(0), ShownChoices.labels(right, items.get(0), single, single.content().correct()));
        answer(right, items.get(1), ShownChoices.labels(right, items.get(1), second, second.content().correct()));
        answer(wrong, items.get(0), ShownChoices.labels(wrong, items.get(0), single, List.of(wrongKey(single))));
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/finish", right).then().statusCode(200);
        given().contentType(ContentType.JSON).post("/api/v1/attempts/{t}/finish", wrong).then().statusCode(200);

        String csv = as(owner).accept("text/csv").get("/api/v1/assessments/{id}/results.csv", twoItems)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("name,email,status,started_at,finished_at,minutes_used,score,max_points,")
                .contains("1 mcq " + single.id() + " (2)", "2 mcq " + second.id() + " (3)");
        assertThat(lines.get(1)).startsWith("\"Lovelace, \"\"Ada\"\"\",cand@example.com,FINISHED,")
                .endsWith(",5,5,2,3");
        assertThat(lines.get(2)).startsWith("'=HYPERLINK(1),").endsWith(",0,5,0,");
        assertThat(lines.get(3)).startsWith("Never started,cand@example.com,INVITED,,,,0,5,");
    }

    private static void answer(String token, long itemId, List<String> choices) {
        given().contentType(ContentType.JSON).body(Map.of("choices", choices))
                .post("/api/v1/attempts/{t}/items/{i}/answer", token, itemId).then().statusCode(200);
    }

    private static String wrongKey(PracticeQuestion q) {
        return q.content().choices().stream().map(c -> c.key()).filter(k -> !q.content().correct().contains(k))
                .findFirst().orElseThrow();
    }

    private List<PracticeQuestion> mcqs() {
        return questions.scorable(null).subList(0, 2);
    }
}

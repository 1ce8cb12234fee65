package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import io.tensorjudge.web.practice.PracticeBrowser;

/**
 * A private item does not exist for the practice site: not listed or counted, and every public route answers for it
 * exactly as for an id that does not exist. Practice history belongs to the browser's cookie, not to its address.
 */
@QuarkusTest
@TestProfile(PrivateBankProfile.class)
class PrivateItemsPracticeTest {

    private static final String PRIVATE_MCQ = PrivateBankProfile.PRIVATE_QUESTIONS.get(0);
    private static final String EXERCISE = PrivateBankProfile.PRIVATE_EXERCISE;

    @Inject QuestionService questions;
    @Inject ExerciseCatalog catalog;

    @Test
    void theFixturesAreInTheBankAsPrivateItems() {
        assertThat(questions.find(PRIVATE_MCQ)).get().extracting(PracticeQuestion::isPublic).isEqualTo(false);
        assertThat(catalog.find(EXERCISE)).get().extracting(ExerciseCatalog.Entry::isPublic).isEqualTo(false);
        assertThat(questions.findPublic(PRIVATE_MCQ)).isEmpty();
        assertThat(catalog.findPublic(EXERCISE)).isEmpty();
    }

    @Test
    void listingsAndTheirCountsLeaveOutPrivateItems() {
        List<String> ids = given().get("/api/v1/questions").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class);
        assertThat(ids).contains(PrivateBankProfile.PUBLIC_POOL_QUESTION)
                .doesNotContainAnyElementsOf(PrivateBankProfile.PRIVATE_QUESTIONS);
        assertThat(given().queryParam("topic", PrivateBankProfile.POOL_TOPIC).get("/api/v1/questions").then()
                .statusCode(200).extract().jsonPath().getList("id", String.class))
                .containsExactly(PrivateBankProfile.PUBLIC_POOL_QUESTION);
        assertThat(given().queryParam("source", "alexnet").get("/api/v1/questions").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class))
                .doesNotContainAnyElementsOf(PrivateBankProfile.PRIVATE_QUESTIONS);

        assertThat(given().get("/api/v1/exercises").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).contains("softmax").doesNotContain(EXERCISE);
        assertThat(given().queryParam("topic", "activations").get("/api/v1/exercises").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class)).doesNotContain(EXERCISE);
        assertThat(given().queryParam("q", EXERCISE).get("/api/v1/exercises").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class)).doesNotContain(EXERCISE);

        long publicCount = questions.listPublic(null, null).size();
        assertThat(publicCount).isLessThan(questions.list(null, null).size());
        String list = given().queryParam("lang", "en").get("/questions").then().statusCode(200).extract().asString();
        assertThat(list).doesNotContain(PRIVATE_MCQ).doesNotContain("Private one")
                .contains(PrivateBankProfile.PUBLIC_POOL_QUESTION);
        // The topic bar counts public questions only: one in the fixture pool.
        assertThat(topicCount(given().queryParam("lang", "en").get("/questions").asString(),
                PrivateBankProfile.POOL_TOPIC)).isEqualTo(1);
        String filtered = given().queryParam("topic", PrivateBankProfile.POOL_TOPIC).queryParam("lang", "en")
                .get("/questions").then().statusCode(200).extract().asString();
        assertThat(filtered).doesNotContain("Private").contains("Public one");
        // The section's progress and its question pages' neighbours know only the public question.
        for (String privateId : PrivateBankProfile.PRIVATE_QUESTIONS) {
            assertThat(filtered).doesNotContain(privateId);
            assertThat(list).doesNotContain(privateId);
        }
        String single = given().queryParam("topic", PrivateBankProfile.POOL_TOPIC).queryParam("lang", "en")
                .get("/questions/{id}", PrivateBankProfile.PUBLIC_POOL_QUESTION).then().statusCode(200).extract()
                .asString();
        assertThat(single).contains("Question 1 of 1 in this section").doesNotContain("rel=\"next\"")
                .doesNotContain("rel=\"prev\"").doesNotContain("fixture-private");
        String inSource = given().queryParam("lang", "en").get("/questions/{id}", PrivateBankProfile.PUBLIC_POOL_QUESTION)
                .then().statusCode(200).extract().asString();
        assertThat(inSource).doesNotContain("fixture-private");
        String home = given().queryParam("lang", "en").get("/").then().statusCode(200).extract().asString();
        assertThat(home).contains(publicCount + " questions")
                .doesNotContain(questions.list(null, null).size() + " questions");

        String exercises = given().queryParam("lang", "en").get("/exercises").then().statusCode(200).extract()
                .asString();
        assertThat(exercises).contains("/exercises/softmax").doesNotContain("/exercises/" + EXERCISE + "\"");
        long activations = catalog.listPublic().stream()
                .filter(e -> e.exercise().spec().topics().contains("activations")).count();
        assertThat(activations).isLessThan(catalog.list().stream()
                .filter(e -> e.exercise().spec().topics().contains("activations")).count());
        assertThat(exercises).containsPattern("value=\"activations\"[^>]*>[^<]*\\(" + activations + "\\)");
    }

    @Test
    void everyPublicRouteAnswersForAPrivateItemAsForAnUnknownOne() {
        String unknownMcq = "no-such-question-xyz";
        String unknownExercise = "no-such-exercise-xyz";
        sameAsUnknown(id -> given().contentType(ContentType.JSON).body(Map.of("choices", List.of("A")))
                .post("/api/v1/questions/{id}/answers", id), PRIVATE_MCQ, unknownMcq, 404);
        sameAsUnknown(id -> CsrfForms.form().formParam("choice", "A").post("/questions/{id}", id), PRIVATE_MCQ,
                unknownMcq, 404);
        sameAsUnknown(id -> given().get("/questions/{id}", id), PRIVATE_MCQ, unknownMcq, 404);
        sameAsUnknown(id -> given().queryParam("topic", PrivateBankProfile.POOL_TOPIC).get("/questions/{id}", id),
                PRIVATE_MCQ, unknownMcq, 404);
        sameAsUnknown(id -> given().get("/api/v1/exercises/{id}", id), EXERCISE, unknownExercise, 404);
        sameAsUnknown(id -> given().header("X-Forwarded-For", Submissions.newClient()).contentType(ContentType.JSON)
                .body(Map.of("language", "python", "code", "def gelu(x):\n    return x\n", "mode", "submit"))
                .post("/api/v1/exercises/{id}/submissions", id), EXERCISE, unknownExercise, 404);
        sameAsUnknown(id -> given().get("/exercises/{id}", id), EXERCISE, unknownExercise, 404);
        sameAsUnknown(id -> given().get("/exercises/{id}/history", id), EXERCISE, unknownExercise, 404);
        sameAsUnknown(id -> given().get("/exercises/{id}/results/{s}", id, "00000000-0000-0000-0000-000000000000"),
                EXERCISE, unknownExercise, 404);
    }

    @Test
    void theFirstPracticeSubmissionSetsAnHttpOnlyBrowserCookieAndHistoryFollowsIt() throws Exception {
        String address = Submissions.newClient();
        String code = Files.readString(catalog.find("softmax").orElseThrow().exercise().file("solution.py"));
        Response first = submit(given().header("X-Forwarded-For", address), code);
        String header = first.getHeader("Set-Cookie");
        assertThat(header).as("Set-Cookie").contains(PracticeBrowser.COOKIE + "=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").contains("Path=/");
        String browserA = first.getCookie(PracticeBrowser.COOKIE);
        assertThat(browserA).matches("[A-Za-z0-9_-]{22}").doesNotContain(address);

        Response second = submit(given().header("X-Forwarded-For", address).cookie(PracticeBrowser.COOKIE, browserA),
                code);
        assertThat(second.getCookie(PracticeBrowser.COOKIE)).as("a known browser keeps its id").isNull();
        // Another browser behind the same address (an office, a proxy) gets its own id and its own history.
        Response other = submit(given().header("X-Forwarded-For", address), code);
        String browserB = other.getCookie(PracticeBrowser.COOKIE);
        assertThat(browserB).isNotBlank().isNotEqualTo(browserA);
        // A forged value is not an id of ours: replaced, never used as a history key.
        Response forged = submit(given().header("X-Forwarded-For", address).cookie(PracticeBrowser.COOKIE,
                "attempt-1"), code);
        assertThat(forged.getCookie(PracticeBrowser.COOKIE)).matches("[A-Za-z0-9_-]{22}");

        List<String> historyA = historyIds(given().cookie(PracticeBrowser.COOKIE, browserA));
        assertThat(historyA).containsExactlyInAnyOrder(first.path("id"), second.path("id"));
        assertThat(historyIds(given().cookie(PracticeBrowser.COOKIE, browserB))).containsExactly(
                (String) other.path("id"));
        assertThat(historyIds(given().header("X-Forwarded-For", address))).as("no cookie, no history").isEmpty();
        assertThat(historyIds(given().cookie(PracticeBrowser.COOKIE, "attempt-1"))).isEmpty();
    }

    @Test
    void aPracticeAnswerSetsTheBrowserCookieToo() {
        String question = questions.listPublic(null, null).get(0).id();
        Response answered = given().header("X-Forwarded-For", Submissions.newClient()).contentType(ContentType.JSON)
                .body(Map.of("choices", List.of("A"))).post("/api/v1/questions/{id}/answers", question);
        answered.then().statusCode(200);
        assertThat(answered.getHeader("Set-Cookie")).contains(PracticeBrowser.COOKIE + "=").contains("HttpOnly");
    }

    private static Response submit(RequestSpecification request, String code) {
        Response response = request.contentType(ContentType.JSON)
                .body(Map.of("language", "python", "code", code, "mode", "run"))
                .post("/api/v1/exercises/softmax/submissions");
        response.then().statusCode(202);
        return response;
    }

    private static List<String> historyIds(RequestSpecification request) {
        String html = request.get("/exercises/softmax/history").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("<tr data-submission=\"([^\"]+)\"").matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Same status, same content type, same body once each id is replaced by a placeholder. */
    static void sameAsUnknown(Function<String, Response> call, String privateId, String unknownId, int status) {
        Response forPrivate = call.apply(privateId);
        Response forUnknown = call.apply(unknownId);
        assertThat(forPrivate.statusCode()).as("status for private " + privateId).isEqualTo(status);
        assertThat(forUnknown.statusCode()).as("status for unknown " + unknownId).isEqualTo(status);
        assertThat(forPrivate.contentType()).isEqualTo(forUnknown.contentType());
        assertThat(forPrivate.asString().replace(privateId, "ID"))
                .isEqualTo(forUnknown.asString().replace(unknownId, "ID"));
    }

    private static int topicCount(String html, String topic) {
        Matcher m = Pattern.compile("value=\"" + Pattern.quote(topic) + "\"[^>]*>[^<]*\\((\\d+)\\)").matcher(html);
        assertThat(m.find()).as("topic " + topic + " in the topic bar").isTrue();
        return Integer.parseInt(m.group(1));
    }
}

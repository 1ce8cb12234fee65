package io.tensorjudge.web.staff.insight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.AssessmentDraft.ItemSpec;
import io.tensorjudge.assessment.ItemInfo;
import io.tensorjudge.assessment.AssessmentService;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.assessment.Invitation;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.StaffSessions;
import io.tensorjudge.web.Submissions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Item statistics from answers and submissions made through the real services and APIs. Uses the last questions of
 * the bank, which no other test answers in an assessment.
 */
@QuarkusTest
class StatisticsResourceTest {

    private static final String API = "/api/v1/item-statistics";

    @Inject QuestionService questions;
    @Inject AssessmentService assessments;
    @Inject AttemptService attempts;
    @Inject CandidateWorkService work;

    private static Optional<Map<String, Object>> entry(JsonPath json, String list, String idField, String id) {
        List<Map<String, Object>> rows = json.getList(list);
        return rows.stream().filter(r -> id.equals(r.get(idField))).findFirst();
    }

    private static JsonPath statistics(String cookie) {
        return given().cookie(StaffSessions.SESSION_COOKIE, cookie).when().get(API).then().statusCode(200)
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static String wrongKey(PracticeQuestion q) {
        return q.content().choices().stream().map(ChoiceDef::key).filter(k -> !q.content().correct().contains(k))
                .findFirst().orElseThrow();
    }

    private static String key(PracticeQuestion q) {
        return q.content().correct().get(0);
    }

    @Nested
    class Questions {

        @Test
        void shouldFlagAnItemThatStrongCandidatesGetWrong() {
            String instructor = StaffSessions.newStaff("INSTRUCTOR");
            List<PracticeQuestion> single = questions.listPublic(null, null).stream()
                    .filter(q -> !q.content().hasSeveralAnswers() && q.content().choices().size() >= 3).toList();
            PracticeQuestion target = single.get(single.size() - 1);
            PracticeQuestion q2 = single.get(single.size() - 2);
            PracticeQuestion q3 = single.get(single.size() - 3);
            Optional<Map<String, Object>> before = entry(statistics(instructor), "questions", "questionId",
                    target.id());
            int answersBefore = before.map(m -> (Integer) m.get("answers")).orElse(0);
            long correctBefore = before.map(m -> Math.round(((Number) m.get("pValue")).doubleValue() * answersBefore))
                    .orElse(0L);
            assertThat(before.map(m -> (Integer) m.get("scoredAnswers")).orElse(0))
                    .as("no other test answers this question in an assessment").isZero();

            InsightFixtures.Staff owner = InsightFixtures.newStaff("INTERVIEWER");
            AssessmentSummary assessment = assessments.create(owner.account(), InsightFixtures.draft("Item analysis",
                    List.of(new ItemSpec("MCQ", target.id(), null, null, 1), new ItemSpec("MCQ", q2.id(), null, null, 2),
                            new ItemSpec("MCQ", q3.id(), null, null, 4))));
            List<ItemInfo> items = InsightFixtures.items(assessment);
            // Candidates 0-2 are strong elsewhere (q2 and q3 right: rest 6) but pick a distractor on the target;
            // 3-4 get q2 right (rest 2) and 5-9 nothing else (rest 0); all of 3-9 get the target right.
            List<Integer> correctness = new ArrayList<>();
            List<Double> rest = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                boolean strong = i < 3;
                boolean q2Right = strong || i < 5;
                Invitation invitation = attempts.invite(assessment.id(), owner.account(), "cand" + i,
                        "cand" + i + "@example.com");
                attempts.start(invitation.token());
                // Each attempt shows its own order of choices: answer with the labels behind the bank keys.
                String t = invitation.token();
                work.answer(t, items.get(0).id(), work.labelsOf(t, items.get(0).id(),
                        List.of(strong ? wrongKey(target) : key(target))));
                work.answer(t, items.get(1).id(), work.labelsOf(t, items.get(1).id(),
                        List.of(q2Right ? key(q2) : wrongKey(q2))));
                work.answer(t, items.get(2).id(), work.labelsOf(t, items.get(2).id(),
                        List.of(strong ? key(q3) : wrongKey(q3))));
                attempts.finish(invitation.token());
                correctness.add(strong ? 0 : 1);
                rest.add((q2Right ? 2.0 : 0.0) + (strong ? 4.0 : 0.0));
            }
            for (int i = 0; i < 2; i++) {
                given().header("X-Forwarded-For", Submissions.newClient()).contentType(ContentType.JSON)
                        .body(Map.of("choices", List.of(key(target))))
                        .when().post("/api/v1/questions/{id}/answers", target.id()).then().statusCode(200);
            }

            Map<String, Object> after = entry(statistics(instructor), "questions", "questionId", target.id())
                    .orElseThrow();

            assertThat(after.get("answers")).isEqualTo(answersBefore + 12);
            assertThat(after.get("scoredAnswers")).isEqualTo(10);
            assertThat(((Number) after.get("pValue")).doubleValue())
                    .isCloseTo((correctBefore + 7 + 2) / (answersBefore + 12.0), within(1e-9));
            assertThat(((Number) after.get("discrimination")).doubleValue())
                    .isCloseTo(pointBiserial(correctness, rest), within(1e-9)).isNegative();
            assertThat(after.get("topGroupSize")).isEqualTo(3);
            assertThat((List<String>) after.get("flags")).contains("NEGATIVE_DISCRIMINATION", "DISTRACTOR_BEATS_KEY");
            List<Map<String, Object>> options = (List<Map<String, Object>>) after.get("options");
            Map<String, Object> distractor = options.stream().filter(o -> wrongKey(target).equals(o.get("key")))
                    .findFirst().orElseThrow();
            Map<String, Object> keyOption = options.stream().filter(o -> key(target).equals(o.get("key")))
                    .findFirst().orElseThrow();
            assertThat(((Number) distractor.get("topGroup")).doubleValue()).isEqualTo(1.0);
            assertThat(((Number) keyOption.get("topGroup")).doubleValue()).isEqualTo(0.0);

            given().cookie(StaffSessions.SESSION_COOKIE, instructor).queryParam("lang", "en").when().get("/statistics")
                    .then().statusCode(200)
                    .body(containsString("<tr class=\"flagged\" data-question=\"" + target.id() + "\""))
                    .body(containsString("data-flag=\"NEGATIVE_DISCRIMINATION\""))
                    .body(containsString("Negative discrimination"));
        }

        /** The textbook form (M1 - M0) / s * sqrt(p q), a different route to the same number as a Pearson r. */
        private double pointBiserial(List<Integer> correct, List<Double> rest) {
            int n = correct.size();
            double mean = rest.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double sd = Math.sqrt(rest.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / n);
            double m1 = 0;
            double m0 = 0;
            int n1 = 0;
            for (int i = 0; i < n; i++) {
                if (correct.get(i) == 1) {
                    m1 += rest.get(i);
                    n1++;
                } else {
                    m0 += rest.get(i);
                }
            }
            m1 /= n1;
            m0 /= n - n1;
            double p = (double) n1 / n;
            return (m1 - m0) / sd * Math.sqrt(p * (1 - p));
        }
    }

    @Nested
    class Exercises {

        /** Each submitter's practice cookie: a submitter is a browser, as the statistics count them. */
        private final Map<String, String> browsers = new java.util.HashMap<>();

        private String submitAs(String client, String code) {
            var request = given().header("X-Forwarded-For", client).contentType(ContentType.JSON);
            if (browsers.containsKey(client)) {
                request.cookie(io.tensorjudge.web.practice.PracticeBrowser.COOKIE, browsers.get(client));
            }
            var response = request.body(Map.of("language", "python", "code", code, "mode", "submit"))
                    .when().post("/api/v1/exercises/huber-loss/submissions");
            response.then().statusCode(202);
            browsers.putIfAbsent(client, response.getCookie(io.tensorjudge.web.practice.PracticeBrowser.COOKIE));
            String location = response.header("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        }

        /**
         * Other tests submit every exercise's solution and mutants (each from a fresh client), so this one measures
         * what its own two clients add: the counts exactly, the median and failing test within what they can move.
         */
        @Test
        void shouldAddTwoSubmittersWhoBothPass() throws IOException {
            String instructor = StaffSessions.newStaff("INSTRUCTOR");
            Map<String, Object> before = entry(statistics(instructor), "exercises", "exerciseId", "huber-loss")
                    .orElse(Map.of("submissions", 0, "submitters", 0, "passedSubmitters", 0,
                            "mostCommonFailingTestCount", 0));
            String solution = Files.readString(Path.of("exercises/huber-loss/solution.py"));
            String mutant = Files.readString(Path.of("exercises/huber-loss/mutants/smooth-l1.py"));
            String ann = Submissions.newClient();
            String bob = Submissions.newClient();

            JsonPath wrong = Submissions.awaitDone(submitAs(ann, mutant), Duration.ofSeconds(60));
            Submissions.awaitDone(submitAs(ann, solution), Duration.ofSeconds(60));
            Submissions.awaitDone(submitAs(bob, solution), Duration.ofSeconds(60));
            assertThat(wrong.getString("verdict")).isEqualTo("WRONG_ANSWER");

            Map<String, Object> stats = entry(statistics(instructor), "exercises", "exerciseId", "huber-loss")
                    .orElseThrow();

            int submitters = (Integer) before.get("submitters") + 2;
            int passed = (Integer) before.get("passedSubmitters") + 2;
            assertThat(stats.get("submissions")).isEqualTo((Integer) before.get("submissions") + 3);
            assertThat(stats.get("submitters")).isEqualTo(submitters);
            assertThat(stats.get("passedSubmitters")).isEqualTo(passed);
            assertThat(((Number) stats.get("passRate")).doubleValue()).isCloseTo((double) passed / submitters,
                    within(1e-9));
            // ann needed 2 submissions and bob 1: the median of all passers lies between 1 and 2 unless others
            // needed more; nobody else submits twice from one client here
            assertThat(((Number) stats.get("medianAttemptsToPass")).doubleValue()).isBetween(1.0, 2.0);
            // ann's wrong submission adds 1 to each test it failed
            assertThat((Integer) stats.get("mostCommonFailingTestCount"))
                    .isBetween((Integer) before.get("mostCommonFailingTestCount"),
                            (Integer) before.get("mostCommonFailingTestCount") + 1)
                    .isPositive();

            given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get("/statistics").then().statusCode(200)
                    .body(containsString("data-exercise=\"huber-loss\""));
        }
    }

    @Nested
    class Authorization {

        @Test
        void shouldAnswer401ToAnonymousApiCallsAndRedirectThePage() {
            given().when().get(API).then().statusCode(401);
            given().redirects().follow(false).when().get("/statistics").then().statusCode(303)
                    .header("Location", containsString("/login"));
        }

        @Test
        void shouldRefuseInterviewersWithoutTheInstructorRole() {
            String interviewer = StaffSessions.newStaff("INTERVIEWER");
            given().cookie(StaffSessions.SESSION_COOKIE, interviewer).when().get(API).then().statusCode(403);
            given().cookie(StaffSessions.SESSION_COOKIE, interviewer).when().get("/statistics").then().statusCode(403);
        }

        @Test
        void shouldLinkThePageFromTheStaffHomeOfInstructorsOnly() {
            given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.newStaff("INSTRUCTOR")).when().get("/staff")
                    .then().statusCode(200).body(containsString("href=\"/statistics\""));
            given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.newStaff("INTERVIEWER")).when().get("/staff")
                    .then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("href=\"/statistics\"")));
        }

        @Test
        void shouldLetAdminsIn() {
            given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).when().get(API).then().statusCode(200);
        }
    }
}

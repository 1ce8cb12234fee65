package io.tensorjudge.web.staff.insight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.AssessmentDraft.ItemSpec;
import io.tensorjudge.assessment.ItemInfo;
import io.tensorjudge.assessment.AssessmentService;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.assessment.Invitation;
import io.tensorjudge.common.Language;
import io.tensorjudge.integrity.SimilarityDetector;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The similarity report of an assessment whose candidates' code is saved and submitted through the real assessment
 * services: ann wrote the reference softmax, bob renamed and reformatted it, cy wrote her own, dee left the starter.
 */
@QuarkusTest
class SimilarityResourceTest {

    @Inject AssessmentService assessments;
    @Inject AttemptService attempts;
    @Inject CandidateWorkService work;

    private InsightFixtures.Staff owner;
    private AssessmentSummary assessment;
    private ItemInfo softmax;
    private final Map<String, Long> attemptIds = new java.util.HashMap<>();
    private String ann;
    private String bob;

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path));
    }

    @BeforeEach
    void assessmentWithFourCandidates() throws IOException {
        owner = InsightFixtures.newStaff("INTERVIEWER");
        assessment = assessments.create(owner.account(), InsightFixtures.draft("Similarity check",
                List.of(new ItemSpec("EXERCISE", "softmax", null, null, 10))));
        softmax = InsightFixtures.items(assessment).get(0);
        ann = read("exercises/softmax/solution.py");
        bob = read("src/test/resources/integrity/softmax-copied.py");
        saveCode("ann", ann, false);
        saveCode("bob", bob, true);
        saveCode("cy", read("src/test/resources/integrity/softmax-independent.py"), false);
        saveCode("dee", read("exercises/softmax/starter.py"), false);
    }

    private void saveCode(String name, String code, boolean submit) {
        Invitation invitation = attempts.invite(assessment.id(), owner.account(), name, name + "@example.com");
        attempts.start(invitation.token());
        if (submit) {
            work.submit(invitation.token(), softmax.id(), "python", code, "submit");
        } else {
            work.save(invitation.token(), softmax.id(), "python", code, null);
        }
        attemptIds.put(name, invitation.attemptId());
    }

    private String api() {
        return "/api/v1/assessments/" + assessment.id() + "/similarity";
    }

    @Nested
    class Report {

        @Test
        void shouldListOnlyTheCopiedPairAtTheDefaultThreshold() {
            SimilarityDetector detector = new SimilarityDetector();
            String starter = "";
            try {
                starter = read("exercises/softmax/starter.py");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            double expected = detector.compare(detector.fingerprint(Language.PYTHON, ann, starter),
                    detector.fingerprint(Language.PYTHON, bob, starter)).score();

            JsonPath json = given().cookie(StaffSessions.SESSION_COOKIE, owner.cookie()).when().get(api())
                    .then().statusCode(200).extract().jsonPath();

            assertThat(json.getDouble("threshold")).isEqualTo(0.5);
            assertThat(json.getList("exercises.exerciseId")).containsExactly("softmax");
            assertThat(json.getInt("exercises[0].candidates")).isEqualTo(4);
            assertThat(json.getList("exercises[0].pairs.leftCandidate")).containsExactly("ann");
            assertThat(json.getList("exercises[0].pairs.rightCandidate")).containsExactly("bob");
            assertThat(json.getDouble("exercises[0].pairs[0].similarity")).isEqualTo(expected)
                    .isGreaterThanOrEqualTo(0.8);
            assertThat(json.getList("exercises[0].pairs[0].regions")).isNotEmpty();
        }

        @Test
        void shouldListLowerPairsButNeverTheStarterAtThresholdZero() {
            JsonPath json = given().cookie(StaffSessions.SESSION_COOKIE, owner.cookie()).queryParam("threshold", 0)
                    .when().get(api()).then().statusCode(200).extract().jsonPath();

            List<String> pairs = json.getList("exercises[0].pairs", Map.class).stream()
                    .map(p -> p.get("leftCandidate") + "~" + p.get("rightCandidate")).toList();
            assertThat(pairs).startsWith("ann~bob").doesNotContain("ann~dee", "bob~dee", "cy~dee");
            List<Float> scores = json.getList("exercises[0].pairs.similarity", Float.class);
            assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        }

        @Test
        void shouldRejectAThresholdOutsideZeroToOne() {
            given().cookie(StaffSessions.SESSION_COOKIE, owner.cookie()).queryParam("threshold", 1.5)
                    .when().get(api()).then().statusCode(400).body("errors[0].field", equalTo("threshold"));
        }

        @Test
        void shouldShowPairsAndTheSideBySideViewOnThePages() {
            String base = "/assessments/" + assessment.id() + "/similarity";
            given().cookie(StaffSessions.SESSION_COOKIE, owner.cookie()).when().get(base)
                    .then().statusCode(200).body(containsString("Similarity check"))
                    .body(containsString("data-pair=\"" + attemptIds.get("ann") + "-" + attemptIds.get("bob") + "\""));

            String page = given().cookie(StaffSessions.SESSION_COOKIE, owner.cookie()).queryParam("lang", "en")
                    .when().get(base + "/" + softmax.id() + "/" + attemptIds.get("ann") + "/" + attemptIds.get("bob"))
                    .then().statusCode(200).extract().asString();
            assertThat(page).contains("Side by side", "class=\"match r0\"", "np.exp(shifted)", "np.exp(stable)");
        }
    }

    @Nested
    class Authorization {

        private String sideBySide() {
            return "/assessments/" + assessment.id() + "/similarity/" + softmax.id() + "/" + attemptIds.get("ann") + "/"
                    + attemptIds.get("bob");
        }

        @Test
        void shouldAnswer401ToAnonymousApiCalls() {
            given().when().get(api()).then().statusCode(401);
        }

        @Test
        void shouldRedirectAnonymousPageVisitorsToLogin() {
            given().redirects().follow(false).when().get("/assessments/" + assessment.id() + "/similarity")
                    .then().statusCode(303).header("Location", containsString("/login"));
            given().redirects().follow(false).when().get(sideBySide())
                    .then().statusCode(303).header("Location", containsString("/login"));
        }

        @Test
        void shouldRefuseInstructorsWithoutTheInterviewerRole() {
            String instructor = StaffSessions.newStaff("INSTRUCTOR");
            given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get(api()).then().statusCode(403);
            given().cookie(StaffSessions.SESSION_COOKIE, instructor).when().get(sideBySide()).then().statusCode(403);
        }

        @Test
        void shouldRefuseAnotherInterviewerUntilItIsSharedWithThem() {
            InsightFixtures.Staff other = InsightFixtures.newStaff("INTERVIEWER");
            given().cookie(StaffSessions.SESSION_COOKIE, other.cookie()).when().get(api()).then().statusCode(403);
            given().cookie(StaffSessions.SESSION_COOKIE, other.cookie()).when()
                    .get("/assessments/" + assessment.id() + "/similarity").then().statusCode(403);
            given().cookie(StaffSessions.SESSION_COOKIE, other.cookie()).when().get(sideBySide()).then()
                    .statusCode(403);

            assessments.share(assessment.id(), owner.account(), List.of(other.account().username()));

            given().cookie(StaffSessions.SESSION_COOKIE, other.cookie()).when().get(api()).then().statusCode(200);
            given().cookie(StaffSessions.SESSION_COOKIE, other.cookie()).when().get(sideBySide()).then()
                    .statusCode(200);
        }

        @Test
        void shouldAnswer404ForUnknownAssessmentsAndAttempts() {
            given().cookie(StaffSessions.SESSION_COOKIE, owner.cookie()).when()
                    .get("/api/v1/assessments/987654321/similarity").then().statusCode(404);
            given().cookie(StaffSessions.SESSION_COOKIE, owner.cookie()).when()
                    .get("/assessments/" + assessment.id() + "/similarity/" + softmax.id() + "/" + attemptIds.get("ann")
                            + "/987654321").then().statusCode(404);
        }
    }
}

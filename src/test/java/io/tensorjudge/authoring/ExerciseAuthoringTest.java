package io.tensorjudge.authoring;

import io.tensorjudge.common.Conflict;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseFiles;
import io.tensorjudge.grading.Submission;
import io.tensorjudge.web.Submissions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Save = validate, publish and versions, on one small exercise (exponential-lr: four Python mutants). Each test
 * starts from the newest published version, so the order does not matter.
 */
@QuarkusTest
class ExerciseAuthoringTest {

    private static final String ID = "exponential-lr";

    @Inject
    ExerciseAuthoring authoring;

    @Inject
    ExerciseTransfer transfer;

    @Inject
    ExerciseCatalog catalog;

    private Map<String, String> latestFiles() {
        return new TreeMap<>(ExerciseFiles.read(catalog.find(ID).orElseThrow().exercise().folder()));
    }

    @Test
    void brokenYamlIsReportedWithFileAndLineAndCannotBePublished() {
        Map<String, String> files = latestFiles();
        String yaml = files.get("exercise.yaml").replace("difficulty: easy", "difficulty: trivial");
        files.put("exercise.yaml", yaml);
        int line = List.of(yaml.split("\n")).indexOf("difficulty: trivial") + 1;

        ExerciseAuthoring.Working saved = authoring.save(ID, files, "tester");

        assertThat(saved.draft()).isTrue();
        assertThat(saved.report().loadFile()).isEqualTo("exercise.yaml");
        assertThat(saved.report().loadLine()).isEqualTo(line);
        assertThat(saved.report().loadError()).startsWith("exercise.yaml:" + line + ": ").contains("'trivial'");
        assertThat(saved.report().runs()).isEmpty();
        assertThatThrownBy(() -> authoring.publish(ID, "tester")).isInstanceOf(Conflict.class)
                .hasMessageContaining("exercise.yaml:" + line);
        // The draft keeps the broken text: nothing the author typed is lost.
        assertThat(authoring.open(ID).files().get("exercise.yaml")).contains("difficulty: trivial");
        authoring.discard(ID);
    }

    @Test
    void aMutantThatPassesOrASolutionThatFailsBlocksPublishing() {
        Map<String, String> files = latestFiles();
        String solution = files.get("solution.py");
        String wrong = files.get("mutants/off-by-one.py");
        // A "mutant" that is the solution itself, and a "solution" that is a real mutant.
        files.put("mutants/off-by-one.py", "# expect: WRONG_ANSWER  — not wrong at all\n" + solution);
        files.put("solution.py", wrong.substring(wrong.indexOf('\n') + 1));

        ExerciseAuthoring.Working saved = authoring.save(ID, files, "tester");

        ValidationReport report = saved.report();
        assertThat(report.loadError()).isNull();
        assertThat(report.referenceError()).isNull();
        assertThat(report.publishable()).isFalse();
        assertThat(check(report, "mutants/off-by-one.py").verdict()).isEqualTo("ACCEPTED");
        assertThat(check(report, "solution.py").verdict()).isEqualTo("WRONG_ANSWER");
        assertThat(check(report, "Solution.java").passed()).isTrue();
        assertThat(report.runs().stream().filter(r -> r.mutant() && !r.file().endsWith("off-by-one.py")))
                .hasSize(3).allMatch(ValidationReport.RunCheck::passed);
        assertThatThrownBy(() -> authoring.publish(ID, "tester")).isInstanceOf(Conflict.class)
                .hasMessageContaining("mutant mutants/off-by-one.py: expected WRONG_ANSWER, got ACCEPTED")
                .hasMessageContaining("solution solution.py: expected ACCEPTED, got WRONG_ANSWER");
        authoring.discard(ID);
    }

    /**
     * The cases must kill 90% of the generated mutants: a solution with a branch the cases never reach (step < 0)
     * leaves two survivors of ten and is refused, until mutation.yaml explains why they are equivalent.
     */
    @Test
    void casesThatKillTooFewGeneratedMutantsBlockPublishingUntilTheSurvivorsAreExplained() {
        Map<String, String> files = latestFiles();
        files.put("solution.py", "def exponential_lr(step, base_lr, gamma):\n    if step < 0:\n        return 0.0\n"
                + "    return float(base_lr * gamma ** step)\n");
        files.remove("mutation.yaml");

        ValidationReport report = authoring.save(ID, files, "tester").report();

        assertThat(report.runs()).allMatch(ValidationReport.RunCheck::passed);
        MutationCheck mutation = report.mutation();
        assertThat(mutation).isNotNull();
        assertThat(mutation.graded()).isEqualTo(10);
        assertThat(mutation.killed()).isEqualTo(8);
        assertThat(mutation.meetsBar()).isFalse();
        assertThat(mutation.survivors()).extracting(MutationCheck.Survivor::id)
                .containsExactlyInAnyOrder("L2C14-int-0-to-minus-1", "L3C15-float-0.0-to-1.0");
        assertThat(mutation.survivors()).allSatisfy(s -> assertThat(s.diff()).startsWith("--- a/solution.py"));
        assertThat(report.publishable()).isFalse();
        assertThatThrownBy(() -> authoring.publish(ID, "tester")).isInstanceOf(Conflict.class)
                .hasMessageContaining("mutation analysis: the cases kill 8 of 10")
                .hasMessageContaining("L3C15-float-0.0-to-1.0");

        files.put("mutation.yaml", """
                equivalent:
                  - id: L2C14-int-0-to-minus-1
                    reason: step is never negative (the contract starts at 0), so step < -1 and step < 0 agree
                  - id: L3C15-float-0.0-to-1.0
                    reason: the branch for a negative step is never taken
                """);
        ValidationReport explained = authoring.save(ID, files, "tester").report();

        assertThat(explained.mutation().equivalent()).isEqualTo(2);
        assertThat(explained.mutation().killRate()).isEqualTo(1.0);
        assertThat(explained.publishable()).as("problems: %s", explained.problems()).isTrue();
        authoring.discard(ID);
    }

    @Test
    void anImportedEditIsANewVersionAndAnOldSubmissionIsStillGradedAgainstItsVersion() {
        ExerciseCatalog.Entry before = catalog.find(ID).orElseThrow();
        Map<String, String> files = latestFiles();
        String marker = "Edited in a test " + UUID.randomUUID();
        files.put("statement.en.md", files.get("statement.en.md") + "\n" + marker + "\n");
        String extraCase = "extra-" + Long.toHexString(System.nanoTime());
        files.put("exercise.yaml", files.get("exercise.yaml") + "  - name: " + extraCase + "\n    visible: false\n"
                + "    seed: 899\n    args: {step: 3, base_lr: 0.2, gamma: 0.5}\n");
        Map<String, String> zip = new TreeMap<>();
        files.forEach((name, text) -> zip.put("exercises/" + ID + "/" + name, text));

        List<ExerciseTransfer.Imported> imported = transfer.importZip(BankArchive.zip(zip), "tester");

        assertThat(imported).singleElement().satisfies(i -> {
            assertThat(i.outcome()).as("problems: %s", i.problems()).isEqualTo(ExerciseTransfer.Outcome.PUBLISHED);
            assertThat(i.version()).isNotEqualTo(before.version());
        });
        ExerciseCatalog.Entry after = catalog.find(ID).orElseThrow();
        assertThat(after.version()).isEqualTo(imported.get(0).version());
        assertThat(after.read("statement.en.md")).contains(marker);
        assertThat(catalog.find(ID, before.version())).get().isEqualTo(before);
        assertThat(authoring.versions(ID)).extracting(ExerciseAuthoring.VersionInfo::version)
                .endsWith(before.version(), after.version());
        assertThat(authoring.versions(ID).get(authoring.versions(ID).size() - 1).publishedBy()).isEqualTo("tester");
        given().when().get("/exercises/" + ID + "?lang=en").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(marker));

        // A submission queued under the old version is graded with the old cases; a new one with the new cases.
        String oldSubmission = queueUnder(before.version(), files.get("solution.py"));
        String newSubmission = Submissions.submit(ID, "python", files.get("solution.py"), "submit");
        JsonPath oldResult = Submissions.awaitDone(oldSubmission, Duration.ofMinutes(2));
        JsonPath newResult = Submissions.awaitDone(newSubmission, Duration.ofMinutes(2));
        assertThat(oldResult.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(newResult.getString("verdict")).isEqualTo("ACCEPTED");
        List<String> oldTests = oldResult.getList("tests.name");
        assertThat(oldTests).hasSize(before.exercise().cases().size()).doesNotContain(extraCase);
        assertThat(newResult.<String>getList("tests.name")).contains(extraCase).hasSize(oldTests.size() + 1);
    }

    @Test
    void exportThenImportChangesNothing() {
        ExerciseCatalog.Entry before = catalog.find(ID).orElseThrow();
        byte[] zip = transfer.export(List.of(ID));

        assertThat(BankArchive.unzip(zip).keySet()).contains("exercises/" + ID + "/exercise.yaml",
                "exercises/" + ID + "/mutants/off-by-one.py");
        List<ExerciseTransfer.Imported> imported = transfer.importZip(zip, "tester");

        assertThat(imported).singleElement().satisfies(i -> {
            assertThat(i.outcome()).isEqualTo(ExerciseTransfer.Outcome.UNCHANGED);
            assertThat(i.version()).isEqualTo(before.version());
        });
        assertThat(catalog.find(ID).orElseThrow()).isEqualTo(before);
        assertThat(BankArchive.unzip(transfer.export(List.of(ID)))).isEqualTo(BankArchive.unzip(zip));
    }

    /** A submission row as SubmissionService writes it, but stamped with an older version (it waited in the queue). */
    private static String queueUnder(String version, String code) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            Submission s = new Submission();
            s.id = id;
            s.exerciseId = ID;
            s.exerciseVersion = version;
            s.language = "python";
            s.mode = "submit";
            s.origin = Submission.Origin.PRACTICE;
            s.code = code;
            s.status = Submission.Status.QUEUED;
            s.createdAt = Instant.now();
            s.persist();
        });
        return id;
    }

    private static ValidationReport.RunCheck check(ValidationReport report, String file) {
        return report.runs().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
    }
}

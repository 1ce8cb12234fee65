package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Verdict;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Regrades with the real workers and sandbox: a dry run grades copies and changes nothing, apply records the new
 * results and keeps the old ones in the history, and regrade copies stay out of history and statistics. A "new
 * version" is simulated by giving a naive softmax the ACCEPTED result an older, weaker version of the cases gave it.
 */
@QuarkusTest
class RegradeServiceTest {

    /** Overflows on the ±1e4 logits of the current cases: WRONG_ANSWER there. */
    private static final String NAIVE = """
            import numpy as np
            def softmax(x, axis=-1):
                e = np.exp(x)
                return e / np.sum(e, axis=axis, keepdims=True)
            """;

    @Inject
    SubmissionService submissions;
    @Inject
    RegradeService regrades;

    @Test
    void shouldListOnlyTheChangesInADryRunAndRecordThemWithHistoryOnApply() throws Exception {
        String browser = "regrade-test-" + UUID.randomUUID();
        String naive = submissions.submitPractice("softmax", "python", NAIVE, "submit", browser);
        String correct = submissions.submitPractice("softmax", "python",
                Files.readString(Path.of("exercises/softmax/solution.py")), "submit", browser);
        SubmissionSnapshot naiveGraded = awaitDone(naive);
        assertThat(naiveGraded.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(awaitDone(correct).verdict()).isEqualTo(Verdict.ACCEPTED);
        QuarkusTransaction.requiringNew().run(() -> Submission.update(
                "verdict = ?1, score = 1.0, exerciseVersion = 'older-version' where id = ?2", Verdict.ACCEPTED, naive));

        String scope = "test:" + browser;
        RegradeSummary dry = regrades.dryRun(scope, List.of(naive, correct), "instructor-a");
        assertThat(dry.submissions()).isEqualTo(2);
        RegradeSummary ready = awaitReady(dry.id(), scope);

        assertThat(ready.changes()).singleElement().satisfies(change -> {
            assertThat(change.submissionId()).isEqualTo(naive);
            assertThat(change.oldVerdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(change.oldScore()).isEqualTo(1.0);
            assertThat(change.newVerdict()).isEqualTo(Verdict.WRONG_ANSWER);
            assertThat(change.newScore()).isEqualTo(naiveGraded.score());
        });
        assertThat(submissions.find(naive).orElseThrow().verdict()).as("dry run changes nothing")
                .isEqualTo(Verdict.ACCEPTED);
        assertThat(regrades.history(naive)).isEmpty();

        RegradeSummary applied = regrades.apply(dry.id(), scope, "instructor-b");

        assertThat(applied.status()).isEqualTo("APPLIED");
        assertThat(applied.applied()).isEqualTo(1);
        assertThat(applied.appliedBy()).isEqualTo("instructor-b");
        SubmissionSnapshot after = submissions.find(naive).orElseThrow();
        assertThat(after.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(after.score()).isEqualTo(naiveGraded.score());
        assertThat(after.exerciseVersion()).isNotEqualTo("older-version");
        assertThat(after.report().tests()).isNotEmpty();
        assertThat(regrades.history(naive)).singleElement().satisfies(old -> {
            assertThat(old.regradeRunId()).isEqualTo(dry.id());
            assertThat(old.verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(old.score()).isEqualTo(1.0);
            assertThat(old.exerciseVersion()).isEqualTo("older-version");
        });
        assertThat(regrades.history(correct)).as("unchanged: nothing replaced").isEmpty();
        assertThat(regrades.runs(scope)).extracting(RegradeSummary::id).containsExactly(dry.id());

        assertThatThrownBy(() -> regrades.apply(dry.id(), scope, "instructor-b")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> regrades.find(dry.id(), "test:other")).isInstanceOf(NotFound.class);
        // The copies are graded like submissions but are no one's practice and no attempt at the exercise.
        assertThat(submissions.history("softmax", browser, 10)).extracting(SubmissionSnapshot::id)
                .containsExactlyInAnyOrder(naive, correct);
        assertThat(submissions.history("softmax", "regrade-" + dry.id(), 10)).isEmpty();
        assertThat(submissions.gradedSubmissions()).extracting(GradedSubmission::client)
                .doesNotContain("regrade-" + dry.id());
    }

    @Test
    void shouldLeaveOutSubmissionsThatAreNotGradedYet() {
        String queued = QuarkusTransaction.requiringNew().call(() -> {
            Submission s = new Submission();
            s.id = UUID.randomUUID().toString();
            s.exerciseId = "softmax";
            s.exerciseVersion = "x";
            s.language = "python";
            s.mode = "submit";
            s.code = "pass\n";
            s.status = Submission.Status.RUNNING; // held by a live lease elsewhere: never claimed here
            s.leaseUntil = java.time.Instant.now().plus(Duration.ofDays(1));
            s.claimedBy = "elsewhere";
            s.origin = Submission.Origin.PRACTICE;
            s.createdAt = java.time.Instant.now();
            s.persist();
            return s.id;
        });
        try {
            RegradeSummary empty = regrades.dryRun("test:nothing-" + queued, List.of(queued), "instructor-a");
            assertThat(empty.submissions()).isZero();
            assertThat(empty.status()).isEqualTo("READY");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Submission.deleteById(queued));
        }
    }

    private SubmissionSnapshot awaitDone(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            SubmissionSnapshot s = submissions.find(id).orElseThrow();
            if (s.status() == Submission.Status.DONE) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(id + " not graded in time");
    }

    private RegradeSummary awaitReady(long runId, String scope) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            RegradeSummary run = regrades.find(runId, scope);
            if (run.ready()) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("regrade " + runId + " not graded in time");
    }
}

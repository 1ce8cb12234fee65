package io.tensorjudge.assessment;

import io.tensorjudge.common.Mode;
import io.tensorjudge.grading.SubmissionService;
import io.tensorjudge.grading.SubmissionSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores an attempt when it is read, not when it finishes: exercise submissions are graded asynchronously, so a
 * submission made just before the deadline still counts once graded.
 */
@ApplicationScoped
public class AttemptScorer {

    private final SubmissionService submissions;
    private final AttemptClock clock;

    AttemptScorer(SubmissionService submissions, AttemptClock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    @Transactional
    public AttemptResult score(Attempt attempt) {
        List<ItemResult> results = new ArrayList<>();
        double total = 0;
        int max = 0;
        for (AssessmentItem item : AssessmentItem.<AssessmentItem>list("assessmentId = ?1 order by position",
                attempt.assessmentId)) {
            ItemResult result = item.kind == AssessmentItem.Kind.MCQ ? scoreMcq(attempt, item) : scoreExercise(attempt, item);
            results.add(result);
            total += result.earned();
            max += item.points;
        }
        return new AttemptResult(AttemptInfo.of(attempt), results, total, max, timeUsed(attempt));
    }

    private ItemResult scoreMcq(Attempt attempt, AssessmentItem item) {
        AttemptAnswer answer = AttemptAnswer.find("attemptId = ?1 and itemId = ?2", attempt.id, item.id).firstResult();
        double earned = answer != null && answer.correct ? item.points : 0;
        return new ItemResult(ItemInfo.of(item), earned,
                answer == null ? null : new RecordedAnswer(answer.choices, answer.correct), List.of(), null, 0);
    }

    private ItemResult scoreExercise(Attempt attempt, AssessmentItem item) {
        List<SubmissionSnapshot> all = AttemptSubmission.<AttemptSubmission>list(
                        "attemptId = ?1 and itemId = ?2 order by createdAt, id", attempt.id, item.id).stream()
                .flatMap(link -> submissions.find(link.submissionId).stream())
                .toList();
        SubmissionSnapshot best = all.stream()
                .filter(s -> Mode.SUBMIT.is(s.mode()) && s.done() && s.score() != null)
                .max(Comparator.comparingDouble(SubmissionSnapshot::score))
                .orElse(null);
        int pending = (int) all.stream().filter(s -> !s.done()).count();
        double earned = best == null ? 0 : best.score() * item.points;
        return new ItemResult(ItemInfo.of(item), earned, null, all, best, pending);
    }

    private Duration timeUsed(Attempt attempt) {
        if (attempt.startedAt == null) {
            return null;
        }
        var end = attempt.finishedAt != null ? attempt.finishedAt : clock.now();
        return Duration.between(attempt.startedAt, end);
    }
}

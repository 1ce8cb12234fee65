package io.tensorjudge.assessment;

import io.tensorjudge.common.Mode;
import io.tensorjudge.grading.SubmissionSnapshot;
import java.util.List;

/**
 * How one item of an attempt went. MCQ: all-or-nothing, {@code answer} null when unanswered. Exercise: the best
 * score among its graded submit-mode submissions times the points; {@code submissions} are all its submissions
 * (run and submit), oldest first, {@code pending} counts those still being graded.
 */
public record ItemResult(ItemInfo item, double earned, RecordedAnswer answer, List<SubmissionSnapshot> submissions,
        SubmissionSnapshot best, int pending) {

    public boolean attempted() {
        return answer != null || submissions.stream().anyMatch(s -> Mode.SUBMIT.is(s.mode()));
    }
}

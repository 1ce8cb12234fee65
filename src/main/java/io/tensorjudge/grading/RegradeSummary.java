package io.tensorjudge.grading;

import java.time.Instant;
import java.util.List;

/**
 * A regrade run as staff see it: how many of its copies are graded, the changes found so far (old → new per
 * submission), and whether and by whom it was applied. {@code status}: GRADING (copies still queued or running),
 * READY (all graded: may be applied), APPLIED.
 */
public record RegradeSummary(long id, String scope, String status, String requestedBy, Instant requestedAt,
        int submissions, int graded, int failed, List<RegradeChange> changes, String appliedBy, Instant appliedAt,
        Integer applied) {

    public boolean ready() {
        return "READY".equals(status);
    }
}

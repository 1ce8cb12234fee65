package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.AttemptResult;
import io.tensorjudge.assessment.ItemResult;
import java.time.Instant;
import java.util.List;

/** One candidate's row on the dashboard: status, score, time used and what each item earned. */
public record AttemptSummaryView(long attemptId, String name, String email, String status, Instant startedAt,
        Instant deadline, Instant finishedAt, Instant revokedAt, int extraMinutes, Long secondsUsed, double score,
        int maxPoints, int pending,
        List<ItemScoreView> items) {

    /** {@code attempted}: an MCQ answered or an exercise submitted at least once. */
    public record ItemScoreView(long itemId, String kind, double earned, int points, boolean attempted) {
    }

    static AttemptSummaryView of(AttemptResult r) {
        var a = r.attempt();
        return new AttemptSummaryView(a.id(), a.candidateName(), a.candidateEmail(), a.status().name(), a.startedAt(),
                a.deadline(), a.finishedAt(), a.revokedAt(), a.extraMinutes(), r.timeUsed() == null ? null : r.timeUsed().toSeconds(), round(r.score()),
                r.maxPoints(), r.pending(), r.items().stream().map(AttemptSummaryView::item).toList());
    }

    private static ItemScoreView item(ItemResult i) {
        return new ItemScoreView(i.item().id(), i.item().kind().name(), round(i.earned()), i.item().points(),
                i.attempted());
    }

    static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}

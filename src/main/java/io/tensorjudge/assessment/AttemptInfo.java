package io.tensorjudge.assessment;

import java.time.Instant;

/** An attempt as other packages see it (no token hash, no choice seed). */
public record AttemptInfo(long id, long assessmentId, String candidateName, String candidateEmail,
        Attempt.Status status, Instant createdAt, Instant startedAt, Instant deadline, Instant finishedAt,
        Instant revokedAt, int extraMinutes, boolean preview) {

    static AttemptInfo of(Attempt a) {
        return new AttemptInfo(a.id, a.assessmentId, a.candidateName, a.candidateEmail, a.status, a.createdAt,
                a.startedAt, a.deadline, a.finishedAt, a.revokedAt, a.extraMinutes, a.preview);
    }
}

package io.tensorjudge.assessment;

import java.time.Instant;

/** The interviewers' notes and recommendation on an attempt, as last saved. */
public record Review(String notes, AttemptReview.Recommendation recommendation, Instant updatedAt) {

    static Review of(AttemptReview r) {
        return new Review(r.notes, r.recommendation, r.updatedAt);
    }
}

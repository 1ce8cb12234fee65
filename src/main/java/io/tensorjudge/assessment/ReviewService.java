package io.tensorjudge.assessment;

import io.tensorjudge.common.Invalid;
import io.tensorjudge.account.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Interviewer notes and recommendation on an attempt, and the integrity signals shown beside them. */
@ApplicationScoped
public class ReviewService {

    private final AttemptService attempts;
    private final AttemptClock clock;

    ReviewService(AttemptService attempts, AttemptClock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional
    public Review save(long attemptId, StaffMember staff, String notes, AttemptReview.Recommendation recommendation) {
        Attempt attempt = attempts.attemptFor(attemptId, staff);
        if (recommendation == null) {
            throw Invalid.field("recommendation", "recommendation must be HIRE, NO_HIRE or UNDECIDED");
        }
        if (notes != null && notes.length() > 10_000) {
            throw Invalid.field("notes", "notes are limited to 10000 characters");
        }
        AttemptReview review = AttemptReview.<AttemptReview>findByIdOptional(attempt.id).orElseGet(AttemptReview::new);
        review.attemptId = attempt.id;
        review.notes = notes == null ? "" : notes;
        review.recommendation = recommendation;
        review.reviewerId = staff.id();
        review.updatedAt = clock.now();
        review.persist();
        return Review.of(review);
    }

    @Transactional
    public Optional<Review> reviewOf(long attemptId, StaffMember staff) {
        Attempt attempt = attempts.attemptFor(attemptId, staff);
        return AttemptReview.<AttemptReview>findByIdOptional(attempt.id).map(Review::of);
    }

    /** The reviews of the (counted) attempts of an assessment, by attempt id: for the dashboard's columns. */
    @Transactional
    public Map<Long, Review> reviewsOf(long assessmentId, StaffMember staff) {
        List<Long> ids = attempts.attemptsOf(assessmentId, staff).stream().map(a -> a.id).toList();
        Map<Long, Review> byAttempt = new HashMap<>();
        if (!ids.isEmpty()) {
            AttemptReview.<AttemptReview>list("attemptId in ?1", ids)
                    .forEach(r -> byAttempt.put(r.attemptId, Review.of(r)));
        }
        return byAttempt;
    }

    @Transactional
    public List<Signal> signalsOf(long attemptId, StaffMember staff) {
        Attempt attempt = attempts.attemptFor(attemptId, staff);
        return IntegrityEvent.<IntegrityEvent>list("attemptId = ?1 order by occurredAt, id", attempt.id).stream()
                .map(Signal::of).toList();
    }
}

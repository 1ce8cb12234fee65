package io.tensorjudge.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The interviewers' notes on an attempt and their recommendation; one per attempt, the last writer wins. */
@Entity
@Table(name = "attempt_review")
public class AttemptReview extends PanacheEntityBase {

    public enum Recommendation { HIRE, NO_HIRE, UNDECIDED }

    @Id
    @Column(name = "attempt_id")
    public Long attemptId;

    @Column(length = 10000, nullable = false)
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    public Recommendation recommendation;

    @Column(name = "reviewer_id", nullable = false)
    public Long reviewerId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

package io.tensorjudge.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Links an exercise item of an attempt to a grading submission ({@code grading.Submission} id), run or submit. */
@Entity
@Table(name = "attempt_submission")
public class AttemptSubmission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    @Column(name = "submission_id", length = 36, nullable = false)
    public String submissionId;

    /** "run" (visible tests only) or "submit" (scored). */
    @Column(length = 10, nullable = false)
    public String mode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

package io.tensorjudge.grading;

import io.tensorjudge.common.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** A submitted file and, once graded, its verdict; the table is also the grading queue. */
@Entity
public class Submission extends PanacheEntityBase {

    public enum Status { QUEUED, RUNNING, DONE }

    /**
     * Practice (public API, the browser's history), an assessment attempt (candidate API and staff only), or a
     * regrade's copy of one of those (staff only, through {@link RegradeService}; never history or statistics).
     */
    public enum Origin { PRACTICE, ATTEMPT, REGRADE }

    /** Claim priority of live submissions; workers take the highest first. */
    static final int LIVE_PRIORITY = 0;
    /** Claim priority of a regrade's copies: below every live submission. */
    static final int REGRADE_PRIORITY = -1;

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "exercise_id", length = 100, nullable = false)
    public String exerciseId;

    /** The exercise version (hash of its exercise.yaml) the submission is graded against. */
    @Column(name = "exercise_version", length = 64, nullable = false)
    public String exerciseVersion;

    @Column(length = 10, nullable = false)
    public String language;

    @Column(length = 10, nullable = false)
    public String mode;

    @Column(length = 70000, nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Verdict verdict;

    public Double score;

    /** Per-test results and the visible run's output, as JSON ({@link GradeReport}). */
    @Column(length = 400000)
    public String result;

    /** The practising browser's id (its history cookie), or "attempt-&lt;id&gt;"; never the client address. */
    @Column(length = 100)
    public String client;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    public Origin origin;

    /**
     * The variant seed of the hidden cases it is graded on (its attempt's {@code case_seed}); null for practice and
     * for attempts made before variants existed: the seeds of exercise.yaml.
     */
    @Column(name = "case_seed")
    public Long caseSeed;

    /** How often a worker claimed it (more than once only after a crash mid-grading). */
    @Column(nullable = false)
    public int claims;

    /** How often a grading was recorded: exactly once for every DONE submission. */
    @Column(nullable = false)
    public int gradings;

    /** The instance that holds (or last held) the claim: {@code SubmissionQueue.instanceId()}. */
    @Column(name = "claimed_by", length = 100)
    public String claimedBy;

    /** Until when the claim holds while RUNNING; after that another worker may take the submission over. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** Workers claim the highest priority first ({@link #LIVE_PRIORITY}, {@link #REGRADE_PRIORITY}). */
    @Column(nullable = false)
    public int priority;

    /** For a regrade's copy: the submission it regrades. */
    @Column(name = "regrade_of", length = 36)
    public String regradeOf;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}

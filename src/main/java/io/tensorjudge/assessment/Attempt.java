package io.tensorjudge.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/**
 * One invited candidate's attempt at an assessment. The candidate holds the invite token; only its SHA-256 is kept.
 * The deadline is fixed when the attempt starts: min(start + time limit, closesAt).
 */
@Entity
public class Attempt extends PanacheEntityBase {

    public enum Status { INVITED, STARTED, FINISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id", nullable = false)
    public Long assessmentId;

    @Column(name = "candidate_name", length = 200, nullable = false)
    public String candidateName;

    @Column(name = "candidate_email", length = 200, nullable = false)
    public String candidateEmail;

    /** Hex SHA-256 of the invite token. */
    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    public String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column
    public Instant deadline;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Random, set at the invite; orders the MCQ choices this attempt shows ({@link ChoiceOrder}). */
    @Column(name = "choice_seed")
    public Long choiceSeed;

    /**
     * Random, set at the invite, independent of {@link #choiceSeed}: the variant seed from which this attempt's hidden
     * cases are generated ({@code bank.CaseGenerator}), so hidden outcomes do not transfer between candidates. Null
     * for attempts invited before it existed: they keep the cases of exercise.yaml.
     */
    @Column(name = "case_seed")
    public Long caseSeed;

    /** Set when the interviewer withdraws the invite: its link then opens nothing (a finished attempt keeps its results). */
    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Granted by the interviewer to this candidate alone, on top of the time limit (and past the closing time). */
    @Column(name = "extra_minutes", nullable = false)
    public int extraMinutes;

    /** An interviewer's own try of the assessment as a candidate: not counted anywhere (results, statistics, exports). */
    @Column(nullable = false)
    public boolean preview;

    public static Optional<Attempt> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }
}

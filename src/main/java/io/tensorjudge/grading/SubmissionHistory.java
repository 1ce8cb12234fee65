package io.tensorjudge.grading;

import io.tensorjudge.common.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A result an applied regrade replaced: kept, so that a submission's earlier gradings are never lost. */
@Entity
@Table(name = "submission_history")
public class SubmissionHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", length = 36, nullable = false)
    public String submissionId;

    @Column(name = "regrade_run_id", nullable = false)
    public Long regradeRunId;

    @Column(name = "exercise_version", length = 64, nullable = false)
    public String exerciseVersion;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Verdict verdict;

    public Double score;

    @Column(length = 400000)
    public String result;

    @Column(name = "graded_at")
    public Instant gradedAt;

    @Column(name = "replaced_at", nullable = false)
    public Instant replacedAt;
}

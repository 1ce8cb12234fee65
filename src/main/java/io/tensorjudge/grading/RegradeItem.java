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

/** A submission of a regrade run and the copy that grades it again; the old result as the dry run saw it. */
@Entity
@Table(name = "regrade_item")
public class RegradeItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public Long runId;

    @Column(name = "submission_id", length = 36, nullable = false)
    public String submissionId;

    @Column(name = "copy_id", length = 36, nullable = false)
    public String copyId;

    @Column(name = "old_version", length = 64, nullable = false)
    public String oldVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_verdict", length = 20)
    public Verdict oldVerdict;

    @Column(name = "old_score")
    public Double oldScore;
}

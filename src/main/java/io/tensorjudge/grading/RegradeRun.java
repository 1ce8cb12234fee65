package io.tensorjudge.grading;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One regrade: a dry run whose copies are graded at low priority, applied at most once ({@link RegradeService}). */
@Entity
@Table(name = "regrade_run")
public class RegradeRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** What was regraded: {@code practice:<exercise id>} or {@code assessment:<id>}. */
    @Column(length = 120, nullable = false)
    public String scope;

    @Column(name = "requested_by", length = 100, nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "applied_by", length = 100)
    public String appliedBy;

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** How many submissions the apply changed; null until applied. */
    public Integer changed;
}

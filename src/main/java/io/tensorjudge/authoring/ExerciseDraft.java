package io.tensorjudge.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An instructor's working copy of an exercise: saved (and validated) on every save, published only when valid. */
@Entity
@Table(name = "exercise_draft")
public class ExerciseDraft extends PanacheEntityBase {

    @Id
    @Column(name = "exercise_id", length = 100)
    public String exerciseId;

    /** The published version the draft started from. */
    @Column(name = "base_version", length = 64, nullable = false)
    public String baseVersion;

    /** The files as JSON: relative name to text ({@link io.tensorjudge.bank.ExerciseFiles}). */
    @Column(length = 1000000, nullable = false)
    public String files;

    /** The last {@link ValidationReport} as JSON; it names the content hash it was made for. */
    @Column(length = 1000000)
    public String report;

    @Column(name = "updated_by", length = 64, nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

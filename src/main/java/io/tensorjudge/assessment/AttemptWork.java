package io.tensorjudge.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The autosaved work on one item of an attempt: code and language for an exercise, chosen keys for an MCQ. */
@Entity
@Table(name = "attempt_work")
public class AttemptWork extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    @Column(length = 10)
    public String language;

    @Column(length = 70000)
    public String code;

    /** Comma-separated chosen keys, sorted. */
    @Column(length = 40)
    public String choices;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

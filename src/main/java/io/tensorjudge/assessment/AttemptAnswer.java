package io.tensorjudge.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The submitted answer to an MCQ item (a later submission replaces it), graded against the version shown. */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    @Column(name = "question_version_id", nullable = false)
    public Long questionVersionId;

    /** Comma-separated chosen keys, sorted. */
    @Column(length = 40, nullable = false)
    public String choices;

    @Column(nullable = false)
    public boolean correct;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;
}

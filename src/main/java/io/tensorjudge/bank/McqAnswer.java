package io.tensorjudge.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A practice answer, kept for item statistics; it points at the exact version that was answered. */
@Entity
@Table(name = "mcq_answer")
public class McqAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_version_id", nullable = false)
    public Long questionVersionId;

    /** The chosen keys, sorted and comma-separated. */
    @Column(length = 40, nullable = false)
    public String chosen;

    @Column(nullable = false)
    public boolean correct;

    @Column(length = 100)
    public String client;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

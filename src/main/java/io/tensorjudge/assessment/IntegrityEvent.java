package io.tensorjudge.assessment;

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

/** A signal from the candidate's browser (a paste, the tab hidden or shown again); shown to reviewers, never scored. */
@Entity
@Table(name = "integrity_event")
public class IntegrityEvent extends PanacheEntityBase {

    public enum Kind { PASTE, TAB_HIDDEN, TAB_VISIBLE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    /** The item in view when it happened, if any. */
    @Column(name = "item_id")
    public Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public Kind kind;

    /** E.g. the number of characters pasted. */
    @Column(length = 200)
    public String detail;

    /** Server time of arrival: the browser's clock is not trusted. */
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}

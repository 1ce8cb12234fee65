package io.tensorjudge.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One autosave of an item that changed something ({@link AttemptWork} keeps only the latest): the review replays
 * them and counts time per item from them. Bounded per item by {@link WorkHistoryService#MAX_SNAPSHOTS_PER_ITEM}.
 */
@Entity
@Table(name = "work_snapshot")
public class WorkSnapshot extends PanacheEntityBase {

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

    @Column(length = 40)
    public String choices;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;
}

package io.tensorjudge.operations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One running instance of the app, as last seen (see {@link Instances}). */
@Entity
@Table(name = "instance_heartbeat")
public class InstanceHeartbeat extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String id;

    @Column(length = 10, nullable = false)
    public String role;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;
}

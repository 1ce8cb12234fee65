package io.tensorjudge.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A question's identity across versions; {@code active} is false once its file no longer declares it. */
@Entity
public class Question extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String id;

    @Column(length = 40, nullable = false)
    public String source;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

package io.tensorjudge.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who published a version of an exercise or a question, and when. */
@Entity
@Table(name = "authoring_publication")
public class Publication extends PanacheEntityBase {

    public static final String EXERCISE = "exercise";
    public static final String QUESTION = "question";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 10, nullable = false)
    public String kind;

    @Column(name = "item_id", length = 100, nullable = false)
    public String itemId;

    @Column(length = 64, nullable = false)
    public String version;

    @Column(name = "published_by", length = 64, nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    static void record(String kind, String itemId, String version, String user) {
        Publication p = new Publication();
        p.kind = kind;
        p.itemId = itemId;
        p.version = version;
        p.publishedBy = user;
        p.publishedAt = Instant.now();
        p.persist();
    }
}

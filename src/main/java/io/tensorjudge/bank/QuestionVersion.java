package io.tensorjudge.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable version of a question: the authored content as JSON plus its hash. */
@Entity
@Table(name = "question_version")
public class QuestionVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_id", length = 100, nullable = false)
    public String questionId;

    @Column(nullable = false)
    public int version;

    @Column(name = "content_hash", length = 64, nullable = false)
    public String contentHash;

    /** Comma-separated topic tags, primary first, for filtering without parsing the content. */
    @Column(length = 400, nullable = false)
    public String topics;

    @Column(length = 65536, nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

package io.tensorjudge.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The authored edit of a question, kept in place of the bank file's text when start-up syncs the files (so that no
 * instance's restart undoes an edit). Its versions are {@link QuestionVersion} rows like any other.
 */
@Entity
@Table(name = "authored_question")
public class AuthoredQuestion extends PanacheEntityBase {

    @Id
    @Column(name = "question_id", length = 100)
    public String questionId;

    @Column(length = 40, nullable = false)
    public String source;

    /** Canonical JSON of the question, as in question_version.content. */
    @Column(length = 65536, nullable = false)
    public String content;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

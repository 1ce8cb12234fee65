package io.tensorjudge.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A test an interviewer builds from the bank; its items are {@link AssessmentItem}s, its candidates {@link Attempt}s. */
@Entity
public class Assessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The {@code staff_account} id of the interviewer who created it. */
    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(length = 200, nullable = false)
    public String title;

    @Column(name = "time_limit_minutes", nullable = false)
    public int timeLimitMinutes;

    /** Comma-separated languages a candidate may write exercises in: python, java. */
    @Column(length = 40, nullable = false)
    public String languages;

    /** Whether candidates may run the visible tests before submitting. */
    @Column(name = "allow_run", nullable = false)
    public boolean allowRun;

    /** No attempt may start before this (null: open at once). */
    @Column(name = "opens_at")
    public Instant opensAt;

    /** No attempt may start or go on after this (null: never closes). */
    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set when archived: hidden from the default list, and its invites start nothing (running attempts go on). */
    @Column(name = "archived_at")
    public Instant archivedAt;

    /** The language of its candidate pages, {@code zh} or {@code en}; null: the candidate's browser decides. */
    @Column(length = 5)
    public String language;

    /** Staff account ids of the other interviewers who may see and edit it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_share", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "staff_id")
    public Set<Long> sharedWith = new HashSet<>();

    public List<String> languageList() {
        return Arrays.stream(languages.split(",")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    public boolean visibleTo(Long staffId) {
        return ownerId.equals(staffId) || sharedWith.contains(staffId);
    }

    public List<AssessmentItem> items() {
        return AssessmentItem.list("assessmentId = ?1 order by position", id);
    }
}

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

/**
 * One concrete item of an assessment: an MCQ ({@code refId} = question id) or an exercise ({@code refId} = exercise
 * id). "n random MCQs from topic X" becomes n concrete MCQ items when the assessment is saved.
 */
@Entity
@Table(name = "assessment_item")
public class AssessmentItem extends PanacheEntityBase {

    public enum Kind { MCQ, EXERCISE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id", nullable = false)
    public Long assessmentId;

    /** 0-based order in which the items are listed. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    public Kind kind;

    @Column(name = "ref_id", length = 100, nullable = false)
    public String refId;

    @Column(nullable = false)
    public int points;
}

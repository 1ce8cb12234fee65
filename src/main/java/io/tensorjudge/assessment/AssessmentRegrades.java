package io.tensorjudge.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tensorjudge.account.StaffMember;
import io.tensorjudge.grading.RegradeService;
import io.tensorjudge.grading.RegradeSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Regrading an assessment's scored submissions (every attempt's "submit" submissions) against the exercises' current
 * versions, for staff who may see the assessment (else 403, unknown 404). Scores follow on their own: they are
 * computed from the submissions at read time.
 */
@ApplicationScoped
public class AssessmentRegrades {

    private final AssessmentService assessments;
    private final RegradeService regrades;

    AssessmentRegrades(AssessmentService assessments, RegradeService regrades) {
        this.assessments = assessments;
        this.regrades = regrades;
    }

    static String scope(long assessmentId) {
        return "assessment:" + assessmentId;
    }

    /** Dry run: queues a low-priority regrade of every scored submission of the assessment; changes nothing yet. */
    public RegradeSummary dryRun(long assessmentId, StaffMember staff) {
        assessments.requireVisible(assessmentId, staff);
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> AttemptSubmission.getEntityManager()
                .createQuery("select s.submissionId from AttemptSubmission s, Attempt a where s.attemptId = a.id"
                        + " and a.assessmentId = ?1 and s.mode = 'submit' order by s.createdAt", String.class)
                .setParameter(1, assessmentId).getResultList());
        return regrades.dryRun(scope(assessmentId), ids, staff.username());
    }

    public RegradeSummary find(long assessmentId, long runId, StaffMember staff) {
        assessments.requireVisible(assessmentId, staff);
        return regrades.find(runId, scope(assessmentId));
    }

    /** The assessment's regrades, newest first: the dashboard shows when, by whom and how many changed. */
    public List<RegradeSummary> runs(long assessmentId, StaffMember staff) {
        assessments.requireVisible(assessmentId, staff);
        return regrades.runs(scope(assessmentId));
    }

    public RegradeSummary apply(long assessmentId, long runId, StaffMember staff) {
        assessments.requireVisible(assessmentId, staff);
        return regrades.apply(runId, scope(assessmentId), staff.username());
    }
}

package io.tensorjudge.assessment;

import io.tensorjudge.account.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Preview as candidate": an attempt of the interviewer's own, opened by an ordinary invite link and taken like any
 * other, but marked {@link Attempt#preview} so that results, statistics, similarity and exports never count it.
 */
@ApplicationScoped
public class PreviewService {

    private final AssessmentService assessments;
    private final AttemptClock clock;

    PreviewService(AssessmentService assessments, AttemptClock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    /** A new preview attempt for {@code staff} (who may see the assessment); its invite token, for the take page. */
    @Transactional
    public String start(long assessmentId, StaffMember staff) {
        Assessment assessment = assessments.requireVisible(assessmentId, staff);
        String token = InviteTokens.newToken();
        Attempt attempt = new Attempt();
        attempt.assessmentId = assessment.id;
        attempt.candidateName = staff.username();
        attempt.candidateEmail = "";
        attempt.tokenHash = InviteTokens.hash(token);
        attempt.choiceSeed = AttemptService.newSeed();
        attempt.caseSeed = AttemptService.newSeed();
        attempt.status = Attempt.Status.INVITED;
        attempt.createdAt = clock.now();
        attempt.preview = true;
        attempt.persist();
        return token;
    }

    /** The practice-queue submissions made in previews, which exercise statistics leave out. */
    @Transactional
    public Set<String> previewSubmissionIds() {
        List<String> ids = Attempt.getEntityManager().createQuery("select s.submissionId from AttemptSubmission s "
                + "where s.attemptId in (select a.id from Attempt a where a.preview = true)", String.class)
                .getResultList();
        return new HashSet<>(ids);
    }

    /**
     * Removes the previews of an assessment whose items change: their work points at the old items, and a preview
     * is worth nothing once the test it tried is gone.
     */
    static void discard(long assessmentId) {
        List<Long> ids = Attempt.getEntityManager().createQuery(
                "select a.id from Attempt a where a.assessmentId = :id and a.preview = true", Long.class)
                .setParameter("id", assessmentId).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        for (var child : List.of("AttemptWork", "AttemptAnswer", "AttemptSubmission", "IntegrityEvent",
                "AttemptReview")) {
            Attempt.getEntityManager().createQuery("delete from " + child + " c where c.attemptId in :ids")
                    .setParameter("ids", ids).executeUpdate();
        }
        Attempt.delete("id in ?1", ids);
    }
}

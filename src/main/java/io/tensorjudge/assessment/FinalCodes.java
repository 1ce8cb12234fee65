package io.tensorjudge.assessment;

import io.tensorjudge.account.StaffMember;
import io.tensorjudge.common.Language;
import io.tensorjudge.grading.SourceCode;
import io.tensorjudge.grading.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads the final code of attempts (see {@link FinalCode}) for staff who may see the assessment. */
@ApplicationScoped
public class FinalCodes {

    private final AssessmentService assessments;
    private final SubmissionService submissions;

    FinalCodes(AssessmentService assessments, SubmissionService submissions) {
        this.assessments = assessments;
        this.submissions = submissions;
    }

    /** Every exercise item with the final code of every attempt that has some. */
    @Transactional
    public AssessmentCodes of(long assessmentId, StaffMember staff) {
        Assessment assessment = assessments.requireVisible(assessmentId, staff);
        List<Attempt> attempts = Attempt.list("assessmentId = ?1 and preview = false order by createdAt, id",
                assessmentId);
        List<ItemCodes> items = assessment.items().stream().filter(i -> i.kind == AssessmentItem.Kind.EXERCISE)
                .map(item -> codesOf(item, attempts)).toList();
        return new AssessmentCodes(assessment.id, assessment.title, items);
    }

    /**
     * One item with the final code of the given attempts of this assessment (those without code, or of another
     * assessment, left out); no item when {@code itemId} is not an exercise item of it.
     */
    @Transactional
    public AssessmentCodes of(long assessmentId, long itemId, Collection<Long> attemptIds, StaffMember staff) {
        Assessment assessment = assessments.requireVisible(assessmentId, staff);
        List<ItemCodes> items = new ArrayList<>();
        assessment.items().stream().filter(i -> i.id == itemId && i.kind == AssessmentItem.Kind.EXERCISE).findFirst()
                .ifPresent(item -> items.add(codesOf(item,
                        Attempt.list("assessmentId = ?1 and id in ?2 and preview = false", assessmentId, List.copyOf(attemptIds)))));
        return new AssessmentCodes(assessment.id, assessment.title, items);
    }

    private ItemCodes codesOf(AssessmentItem item, List<Attempt> attempts) {
        List<FinalCode> codes = new ArrayList<>();
        for (Attempt attempt : attempts) {
            finalCode(item, attempt).ifPresent(code -> codes.add(
                    new FinalCode(attempt.id, attempt.candidateName, code.language(), code.code())));
        }
        return new ItemCodes(item.id, item.refId, codes);
    }

    private Optional<SourceCode> finalCode(AssessmentItem item, Attempt attempt) {
        AttemptSubmission last = AttemptSubmission.find(
                "attemptId = ?1 and itemId = ?2 and mode = 'submit' order by createdAt desc, id desc",
                attempt.id, item.id).firstResult();
        if (last != null) {
            Optional<SourceCode> submitted = submissions.sourceOf(last.submissionId);
            if (submitted.isPresent()) {
                return submitted;
            }
        }
        AttemptWork work = AttemptWork.find("attemptId = ?1 and itemId = ?2", attempt.id, item.id).firstResult();
        if (work != null && work.code != null && !work.code.isBlank() && work.language != null) {
            return Optional.of(new SourceCode(Language.of(work.language), work.code));
        }
        return Optional.empty();
    }
}

package io.tensorjudge.web.assessment;

import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.assessment.Attempt;
import io.tensorjudge.assessment.AttemptSubmission;
import io.tensorjudge.assessment.CodeDiff;
import io.tensorjudge.assessment.SubmittedCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The code panel of an exercise item on the review page: the final code (the last submission) and its diff against
 * an earlier submission, the previous one unless the interviewer picks another.
 */
@ApplicationScoped
public class CodeReview {

    public record Version(String submissionId, int number, String mode) {
    }

    public record Panel(String finalCode, List<Version> earlier, String againstId, List<CodeDiff.Line> diff) {
    }

    private final SubmittedCode code;

    CodeReview(SubmittedCode code) {
        this.code = code;
    }

    /** Null when the item has no submission. */
    public Panel panel(Attempt attempt, AssessmentItem item, String against) {
        List<AttemptSubmission> links = AttemptSubmission.list("attemptId = ?1 and itemId = ?2 order by createdAt, id",
                attempt.id, item.id);
        if (links.isEmpty()) {
            return null;
        }
        String finalCode = code.of(links.get(links.size() - 1)).orElse("");
        List<AttemptSubmission> earlierLinks = links.subList(0, links.size() - 1);
        List<Version> earlier = new java.util.ArrayList<>();
        for (int i = 0; i < earlierLinks.size(); i++) {
            earlier.add(new Version(earlierLinks.get(i).submissionId, i + 1, earlierLinks.get(i).mode));
        }
        AttemptSubmission base = earlierLinks.stream().filter(l -> l.submissionId.equals(against)).findFirst()
                .orElse(earlierLinks.isEmpty() ? null : earlierLinks.get(earlierLinks.size() - 1));
        if (base == null) {
            return new Panel(finalCode, earlier, null, List.of());
        }
        return new Panel(finalCode, earlier, base.submissionId, CodeDiff.unified(code.of(base).orElse(""), finalCode));
    }
}

package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.CodeDiff;
import io.tensorjudge.assessment.SubmissionLink;
import io.tensorjudge.assessment.SubmittedCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The code panel of an exercise item on the review page: the final code (the last submission) and its diff against
 * an earlier submission, the previous one unless the interviewer picks another.
 */
@ApplicationScoped
class CodeReview {

    public record Version(String submissionId, int number, String mode) {
    }

    public record Panel(String finalCode, List<Version> earlier, String againstId, List<CodeDiff.Line> diff) {
    }

    private final SubmittedCode code;

    CodeReview(SubmittedCode code) {
        this.code = code;
    }

    /** Null when the item has no submission. */
    public Panel panel(long attemptId, long itemId, String against) {
        List<SubmissionLink> links = code.links(attemptId, itemId);
        if (links.isEmpty()) {
            return null;
        }
        String finalCode = code.of(links.get(links.size() - 1)).orElse("");
        List<SubmissionLink> earlierLinks = links.subList(0, links.size() - 1);
        List<Version> earlier = new java.util.ArrayList<>();
        for (int i = 0; i < earlierLinks.size(); i++) {
            earlier.add(new Version(earlierLinks.get(i).submissionId(), i + 1, earlierLinks.get(i).mode()));
        }
        SubmissionLink base = earlierLinks.stream().filter(l -> l.submissionId().equals(against)).findFirst()
                .orElse(earlierLinks.isEmpty() ? null : earlierLinks.get(earlierLinks.size() - 1));
        if (base == null) {
            return new Panel(finalCode, earlier, null, List.of());
        }
        return new Panel(finalCode, earlier, base.submissionId(), CodeDiff.unified(code.of(base).orElse(""), finalCode));
    }
}

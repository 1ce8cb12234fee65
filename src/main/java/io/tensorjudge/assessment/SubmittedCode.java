package io.tensorjudge.assessment;

import io.tensorjudge.grading.SourceCode;
import io.tensorjudge.grading.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The code of a linked submission, read-only: {@code grading.SubmissionSnapshot} carries no code. */
@ApplicationScoped
public class SubmittedCode {

    private final SubmissionService submissions;

    SubmittedCode(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> of(AttemptSubmission link) {
        return submissions.sourceOf(link.submissionId).map(SourceCode::code);
    }
}

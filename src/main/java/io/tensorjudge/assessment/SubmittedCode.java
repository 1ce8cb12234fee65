package io.tensorjudge.assessment;

import io.tensorjudge.grading.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The code of a linked submission, read-only: {@code grading.SubmissionSnapshot} carries no code. */
@ApplicationScoped
public class SubmittedCode {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> of(AttemptSubmission link) {
        return Submission.<Submission>findByIdOptional(link.submissionId).map(s -> s.code);
    }
}

package io.tensorjudge.assessment;

import io.tensorjudge.grading.SourceCode;
import io.tensorjudge.grading.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The runs and submissions of an attempt's item and their code, read-only: {@code grading.SubmissionSnapshot} carries no code. */
@ApplicationScoped
public class SubmittedCode {

    private final SubmissionService submissions;

    SubmittedCode(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** The runs and submissions of one item of an attempt, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionLink> links(long attemptId, long itemId) {
        return AttemptSubmission.<AttemptSubmission>list("attemptId = ?1 and itemId = ?2 order by createdAt, id",
                attemptId, itemId).stream().map(l -> new SubmissionLink(l.submissionId, l.mode)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> of(SubmissionLink link) {
        return submissions.sourceOf(link.submissionId()).map(SourceCode::code);
    }
}

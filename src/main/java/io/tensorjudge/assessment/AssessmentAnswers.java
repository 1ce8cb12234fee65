package io.tensorjudge.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The MCQ answers given in assessments, with the rest score of finished attempts (see {@link ScoredAnswer}). */
@ApplicationScoped
public class AssessmentAnswers {

    private final AttemptScorer scorer;

    AssessmentAnswers(AttemptScorer scorer) {
        this.scorer = scorer;
    }

    /** The answers to the given question versions, in stored order; each finished attempt is scored once. */
    @Transactional
    public List<ScoredAnswer> forVersions(Collection<Long> versionIds) {
        List<ScoredAnswer> scored = new ArrayList<>();
        if (versionIds.isEmpty()) {
            return scored;
        }
        List<AttemptAnswer> answers = AttemptAnswer.list("questionVersionId in ?1 and attemptId not in "
                + "(select a.id from Attempt a where a.preview = true)", versionIds);
        Map<Long, AttemptResult> results = new HashMap<>();
        for (AttemptAnswer answer : answers) {
            AttemptResult result = results.computeIfAbsent(answer.attemptId, this::finishedResult);
            Double rest = null;
            if (result != null) {
                double earned = result.items().stream().filter(i -> answer.itemId.equals(i.item().id()))
                        .mapToDouble(ItemResult::earned).sum();
                rest = result.score() - earned;
            }
            scored.add(new ScoredAnswer(answer.questionVersionId, Set.of(answer.choices.split(",")), answer.correct,
                    rest));
        }
        return scored;
    }

    /** The scored attempt, or null while it is not finished. */
    private AttemptResult finishedResult(Long attemptId) {
        Attempt attempt = Attempt.findById(attemptId);
        return attempt != null && attempt.status == Attempt.Status.FINISHED ? scorer.score(attempt) : null;
    }
}

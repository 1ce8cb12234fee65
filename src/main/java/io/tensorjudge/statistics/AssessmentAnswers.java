package io.tensorjudge.statistics;

import io.tensorjudge.assessment.Attempt;
import io.tensorjudge.assessment.AttemptAnswer;
import io.tensorjudge.assessment.AttemptResult;
import io.tensorjudge.assessment.AttemptScorer;
import io.tensorjudge.assessment.ItemResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MCQ answers given in assessments, keyed by question version. Answers of finished attempts carry their rest score
 * (the attempt total, as the assessment scores it, minus what this item earned); answers of attempts still running
 * have no final total yet and count like practice answers.
 */
@ApplicationScoped
class AssessmentAnswers {

    private final AttemptScorer scorer;

    AssessmentAnswers(AttemptScorer scorer) {
        this.scorer = scorer;
    }

    /** Needs an open transaction (the caller's). */
    Map<Long, List<McqResponse>> forVersions(Collection<Long> versionIds) {
        Map<Long, List<McqResponse>> byVersion = new HashMap<>();
        if (versionIds.isEmpty()) {
            return byVersion;
        }
        List<AttemptAnswer> answers = AttemptAnswer.list("questionVersionId in ?1", versionIds);
        Map<Long, AttemptResult> results = new HashMap<>();
        for (AttemptAnswer answer : answers) {
            AttemptResult result = results.computeIfAbsent(answer.attemptId, this::finishedResult);
            Double rest = null;
            if (result != null) {
                double earned = result.items().stream().filter(i -> i.item().id.equals(answer.itemId))
                        .mapToDouble(ItemResult::earned).sum();
                rest = result.score() - earned;
            }
            byVersion.computeIfAbsent(answer.questionVersionId, v -> new ArrayList<>())
                    .add(new McqResponse(Set.of(answer.choices.split(",")), answer.correct, rest));
        }
        return byVersion;
    }

    /** The scored attempt, or null while it is not finished. */
    private AttemptResult finishedResult(Long attemptId) {
        Attempt attempt = Attempt.findById(attemptId);
        return attempt != null && attempt.status == Attempt.Status.FINISHED ? scorer.score(attempt) : null;
    }
}

package io.tensorjudge.statistics;

import java.util.List;

/** Similar code pairs of an assessment, per exercise item, most similar first. */
public record SimilarityReport(long assessmentId, String assessmentTitle, double threshold,
        List<ExercisePairs> exercises) {
}

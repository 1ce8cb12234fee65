package io.tensorjudge.statistics;

/** One pair's final code side by side, with the similarity and the matched regions to highlight. */
public record CodeComparison(long assessmentId, String assessmentTitle, long itemId, String exerciseId,
        CodePair pair, String leftCode, String rightCode) {
}

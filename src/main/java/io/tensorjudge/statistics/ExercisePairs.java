package io.tensorjudge.statistics;

import java.util.List;

/** The similar pairs of one exercise item of an assessment; {@code candidates} counts the attempts with code. */
public record ExercisePairs(long itemId, String exerciseId, int candidates, List<CodePair> pairs) {
}

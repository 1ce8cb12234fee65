package io.tensorjudge.statistics;

import java.util.List;

/**
 * Item statistics for one question. {@code pValue}: share of correct answers (null without answers);
 * {@code discrimination}: corrected item-rest point-biserial correlation over the scored answers (null with fewer
 * than two scored answers or when correctness or rest score does not vary); {@code topGroupSize}: how many scored
 * answers formed the top group for the option rates.
 */
public record McqItemStatistics(String questionId, int answers, int scoredAnswers, Double pValue,
        Double discrimination, int topGroupSize, List<OptionRate> options, List<ItemFlag> flags) {
}

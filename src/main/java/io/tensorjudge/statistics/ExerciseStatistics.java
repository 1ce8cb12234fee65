package io.tensorjudge.statistics;

/**
 * Statistics for one exercise. {@code passRate}: share of submitters with at least one accepted submission (null
 * without submitters); {@code medianAttemptsToPass}: median, over those who passed, of the number of submissions up
 * to and including their first accepted one; {@code mostCommonFailingTest}: the test that failed in the most
 * rejected submissions (ties: alphabetical first), with that count.
 */
public record ExerciseStatistics(String exerciseId, int submissions, int submitters, int passedSubmitters,
        Double passRate, Double medianAttemptsToPass, String mostCommonFailingTest, int mostCommonFailingTestCount) {
}

package io.tensorjudge.statistics;

/** A question's statistics with what the instructor needs to recognize it. */
public record QuestionStatistics(String questionId, int version, String source, String stem, String stemEn,
        McqItemStatistics stats) {
}

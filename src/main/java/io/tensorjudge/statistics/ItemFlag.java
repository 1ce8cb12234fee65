package io.tensorjudge.statistics;

/** Why an item looks broken or badly pitched; never raised below {@link ItemAnalysis#MIN_SAMPLE} answers. */
public enum ItemFlag {
    /** Candidates who did well elsewhere got this one wrong more often than weaker ones: wrong key or trick item. */
    NEGATIVE_DISCRIMINATION,
    /** In the top group a wrong option was chosen more often than the key: the key or that option is suspect. */
    DISTRACTOR_BEATS_KEY,
    /** More than 90% correct: it separates nobody. */
    TOO_EASY,
    /** Fewer than 20% correct. */
    TOO_HARD
}

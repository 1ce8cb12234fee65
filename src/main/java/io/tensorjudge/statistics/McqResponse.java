package io.tensorjudge.statistics;

import java.util.Set;

/**
 * One answer to a question. {@code restScore} is the candidate's assessment total minus the points this item gave
 * (the "rest" of the corrected item-rest correlation); it is null for practice answers, which have no total and so
 * count for the p-value and option rates only.
 */
public record McqResponse(Set<String> chosen, boolean correct, Double restScore) {

    boolean scored() {
        return restScore != null;
    }
}

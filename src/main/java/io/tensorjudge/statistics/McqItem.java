package io.tensorjudge.statistics;

import java.util.List;
import java.util.Set;

/** What the analysis must know about a question: its option keys in display order and the correct ones. */
public record McqItem(String questionId, List<String> optionKeys, Set<String> answerKeys) {
}

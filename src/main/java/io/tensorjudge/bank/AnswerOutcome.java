package io.tensorjudge.bank;

import java.util.List;

/** The result of answering a question: whether it was right, the key, and why. */
public record AnswerOutcome(boolean correct, List<String> correctChoices, String explanation, String explanationEn) {
}

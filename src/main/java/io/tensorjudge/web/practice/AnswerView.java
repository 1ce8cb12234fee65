package io.tensorjudge.web.practice;

import io.tensorjudge.bank.AnswerOutcome;
import java.util.List;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.Markdown;

/**
 * The graded answer: right or wrong, the key, and the explanation (Markdown). {@code explanationHtml} is an
 * extension of the spec: the same explanation rendered, so that pages can show it in place.
 */
public record AnswerView(boolean correct, List<String> correctChoices, String explanation, String explanationHtml) {

    static AnswerView of(AnswerOutcome outcome, Lang lang) {
        String explanation = lang.pick(outcome.explanation(), outcome.explanationEn());
        return new AnswerView(outcome.correct(), outcome.correctChoices(), explanation, Markdown.toHtml(explanation));
    }
}

package io.tensorjudge.web.practice;

import io.tensorjudge.bank.AnswerOutcome;
import io.tensorjudge.bank.PracticeQuestion;
import java.util.List;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.Markdown;

/** The result of answering on a page, with the explanation rendered. */
public record PageAnswer(boolean correct, List<String> chosen, List<String> correctChoices, String explanationHtml) {

    static PageAnswer of(AnswerOutcome outcome, List<String> chosen, Lang lang) {
        return new PageAnswer(outcome.correct(), chosen, outcome.correctChoices(),
                Markdown.toHtml(lang.pick(outcome.explanation(), outcome.explanationEn())));
    }

    /** An answer this browser gave earlier, graded again against the question's current version. */
    static PageAnswer previous(PracticeQuestion question, List<String> chosen, Lang lang) {
        return of(AnswerOutcome.of(question.content(), chosen), chosen, lang);
    }

    public String correctText() {
        return String.join(", ", correctChoices);
    }

    /** The chosen keys as the page's script stores them ("A,C"). */
    public String chosenText() {
        return String.join(",", chosen);
    }

    public boolean wasChosen(String key) {
        return chosen.contains(key);
    }

    public boolean isKey(String key) {
        return correctChoices.contains(key);
    }
}

package io.tensorjudge.bank;

import io.tensorjudge.bank.QuestionFile.QuestionDef;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The result of answering a question: whether it was right, the key, and why. */
public record AnswerOutcome(boolean correct, List<String> correctChoices, String explanation, String explanationEn) {

    /** All-or-nothing: right when the chosen keys are exactly the question's key. */
    public static AnswerOutcome of(QuestionDef def, Collection<String> chosen) {
        TreeSet<String> key = new TreeSet<>(def.correct());
        return new AnswerOutcome(new TreeSet<>(chosen).equals(key), List.copyOf(key), def.explanation(),
                def.explanationEn());
    }
}

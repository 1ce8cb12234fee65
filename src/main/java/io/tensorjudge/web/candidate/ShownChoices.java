package io.tensorjudge.web.candidate;

import io.tensorjudge.assessment.ChoiceOrder;
import io.tensorjudge.bank.QuestionFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An MCQ's choices in the order one attempt shows them, labelled A, B, C... by position (never the bank's keys). */
final class ShownChoices {

    private ShownChoices() {
    }

    static <T> List<T> of(QuestionFile.QuestionDef question, ChoiceOrder order, BiFunction<String, QuestionFile.ChoiceDef, T> shown) {
        Map<String, QuestionFile.ChoiceDef> byKey = question.choices().stream()
                .collect(Collectors.toMap(QuestionFile.ChoiceDef::key, Function.identity()));
        List<T> choices = new ArrayList<>();
        for (int i = 0; i < order.canonicalKeys().size(); i++) {
            choices.add(shown.apply(ChoiceOrder.label(i), byKey.get(order.canonicalKeys().get(i))));
        }
        return choices;
    }
}

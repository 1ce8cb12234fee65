package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.ChoiceOrder;
import io.tensorjudge.assessment.ItemResult;
import io.tensorjudge.assessment.SavedWork;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.Lang;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An MCQ item's choices for the review, in the order this candidate saw them (their labels A, B, C...), with the
 * candidate's choice and the key marked. The choice is the recorded answer, else the autosaved one (which becomes
 * the answer at Finish).
 */
@ApplicationScoped
class McqOptions {

    private final QuestionService questions;

    McqOptions(QuestionService questions) {
        this.questions = questions;
    }

    List<AttemptDetailView.OptionView> of(ItemResult result, List<String> shownOrder, SavedWork saved, Lang lang) {
        var question = questions.find(result.item().refId()).orElse(null);
        if (question == null || shownOrder == null) {
            return List.of();
        }
        String chosen = result.answer() != null ? result.answer().choices() : saved == null ? null : saved.choices();
        Set<String> chosenKeys = chosen == null || chosen.isBlank() ? Set.of() : Set.of(chosen.split(","));
        List<AttemptDetailView.OptionView> options = new ArrayList<>();
        for (int position = 0; position < shownOrder.size(); position++) {
            String key = shownOrder.get(position);
            String text = question.content().choices().stream().filter(c -> c.key().equals(key))
                    .map(c -> lang.pick(c.text(), c.textEn())).findFirst().orElse("");
            options.add(new AttemptDetailView.OptionView(ChoiceOrder.label(position), key, text,
                    chosenKeys.contains(key), question.content().correct().contains(key)));
        }
        return options;
    }
}

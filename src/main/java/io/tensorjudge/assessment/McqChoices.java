package io.tensorjudge.assessment;

import io.tensorjudge.common.Invalid;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Checks chosen MCQ keys against a question's choices. */
final class McqChoices {

    private McqChoices() {
    }

    /** The chosen keys, sorted and without repeats; 400 when empty or when a key is not one of the question's. */
    static Set<String> validate(PracticeQuestion question, List<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw Invalid.field("choices", "choose at least one key");
        }
        Set<String> keys = question.content().choices().stream().map(ChoiceDef::key).collect(Collectors.toSet());
        TreeSet<String> picked = new TreeSet<>();
        for (String key : chosen) {
            if (key == null || !keys.contains(key.strip())) {
                throw Invalid.field("choices", "unknown choice '" + key + "'");
            }
            picked.add(key.strip());
        }
        return picked;
    }
}

package io.tensorjudge.web.practice;

import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import java.util.List;
import io.tensorjudge.web.Lang;

/** A question as the public API lists it: never the answer. Fields beyond the spec's are extensions. */
public record QuestionView(String id, String topic, List<String> topics, String source, String difficulty,
        String stem, List<ChoiceView> choices, boolean multiple, int version) {

    public record ChoiceView(String key, String text) {
    }

    static QuestionView of(PracticeQuestion question, Lang lang) {
        QuestionDef def = question.content();
        List<ChoiceView> choices = def.choices().stream()
                .map(c -> new ChoiceView(c.key(), lang.pick(c.text(), c.textEn())))
                .toList();
        return new QuestionView(def.id(), def.topics().get(0), def.topics(), question.source(),
                def.difficulty().name(), lang.pick(def.stem(), def.stemEn()), choices, def.hasSeveralAnswers(),
                question.version());
    }

}

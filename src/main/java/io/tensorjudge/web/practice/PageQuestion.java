package io.tensorjudge.web.practice;

import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import java.util.List;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.Markdown;

/** A question prepared for a page: Markdown already rendered to HTML in the chosen language. */
public record PageQuestion(String id, String source, List<String> topics, String difficulty, boolean multiple,
        String stemHtml, List<PageChoice> choices) {

    public record PageChoice(String key, String html) {
    }

    static PageQuestion of(PracticeQuestion question, Lang lang) {
        QuestionDef def = question.content();
        List<PageChoice> choices = def.choices().stream()
                .map(c -> new PageChoice(c.key(), Markdown.toInlineHtml(lang.pick(c.text(), c.textEn()))))
                .toList();
        return new PageQuestion(def.id(), question.source(), def.topics(), def.difficulty().name(),
                def.hasSeveralAnswers(), Markdown.toHtml(lang.pick(def.stem(), def.stemEn())), choices);
    }
}

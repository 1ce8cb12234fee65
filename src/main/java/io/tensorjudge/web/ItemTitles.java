package io.tensorjudge.web;

import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.QuestionService;
import jakarta.enterprise.context.ApplicationScoped;

/** A short human title for an assessment item: the exercise title, or the start of the question's stem. */
@ApplicationScoped
public class ItemTitles {

    private final ExerciseCatalog catalog;
    private final QuestionService questions;

    ItemTitles(ExerciseCatalog catalog, QuestionService questions) {
        this.catalog = catalog;
        this.questions = questions;
    }

    /** {@code refId}: the exercise or question id of an item of that kind. */
    public String title(AssessmentItem.Kind kind, String refId, Lang lang) {
        if (kind == AssessmentItem.Kind.EXERCISE) {
            return catalog.find(refId)
                    .map(e -> lang.pick(e.exercise().spec().title().zh(), e.exercise().spec().title().en()))
                    .orElse(refId);
        }
        return questions.find(refId).map(q -> shorten(lang.pick(q.content().stem(), q.content().stemEn())))
                .orElse(refId);
    }

    private static String shorten(String stem) {
        // Markdown emphasis and code marks read as noise in a one-line title; $math$ is left for KaTeX.
        String line = stem == null ? "" : stem.strip().replaceAll("\\*\\*|`", "").replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "…";
    }
}

package io.tensorjudge.web.assessment;

import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.assessment.Attempt;
import io.tensorjudge.assessment.AttemptAnswer;
import io.tensorjudge.assessment.AttemptSubmission;
import io.tensorjudge.assessment.AttemptWork;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.assessment.ChoiceOrder;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import io.tensorjudge.bank.QuestionFile;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the candidate page's items from the bank's public content and the attempt's saved work. */
@ApplicationScoped
public class TakeItems {

    private final ExerciseCatalog catalog;
    private final QuestionService questions;
    private final ItemTitles titles;
    private final CandidateWorkService candidateWork;

    TakeItems(ExerciseCatalog catalog, QuestionService questions, ItemTitles titles,
            CandidateWorkService candidateWork) {
        this.catalog = catalog;
        this.questions = questions;
        this.titles = titles;
        this.candidateWork = candidateWork;
    }

    List<TakeItem> items(Attempt attempt, List<AssessmentItem> items, List<String> allowed,
            Map<Long, AttemptWork> saved, Lang lang) {
        return items.stream().map(item -> item.kind == AssessmentItem.Kind.MCQ
                ? mcq(attempt, item, saved.get(item.id), lang)
                : exercise(attempt, item, allowed, saved.get(item.id), lang)).toList();
    }

    private TakeItem mcq(Attempt attempt, AssessmentItem item, AttemptWork work, Lang lang) {
        var question = questions.find(item.refId).orElseThrow().content();
        // In this attempt's order, labelled A, B, C... by position (the canonical keys are not shown).
        ChoiceOrder order = candidateWork.choiceOrder(attempt, item).orElseThrow();
        Map<String, QuestionFile.ChoiceDef> byKey = question.choices().stream()
                .collect(Collectors.toMap(QuestionFile.ChoiceDef::key, c -> c));
        List<TakeItem.Choice> choices = new ArrayList<>();
        for (int i = 0; i < order.canonicalKeys().size(); i++) {
            QuestionFile.ChoiceDef c = byKey.get(order.canonicalKeys().get(i));
            choices.add(new TakeItem.Choice(ChoiceOrder.label(i),
                    Markdown.toInlineHtml(lang.pick(c.text(), c.textEn()))));
        }
        Set<String> chosen = work == null || work.choices == null || work.choices.isBlank() ? Set.of()
                : Set.copyOf(order.toLabels(List.of(work.choices.split(","))));
        boolean answered = AttemptAnswer.count("attemptId = ?1 and itemId = ?2", attempt.id, item.id) > 0;
        return new TakeItem(item.id, "MCQ", item.refId, titles.title(item.kind, item.refId, lang), item.points, answered,
                Markdown.toHtml(lang.pick(question.stem(), question.stemEn())), question.hasSeveralAnswers(), choices,
                chosen, null, List.of(), null, null);
    }

    private TakeItem exercise(Attempt attempt, AssessmentItem item, List<String> allowed, AttemptWork work, Lang lang) {
        var entry = catalog.find(item.refId).orElseThrow();
        ExerciseSpec spec = entry.exercise().spec();
        String statement = lang == Lang.en ? entry.read("statement.en.md") : entry.read("statement.zh.md");
        List<TakeItem.Language> languages = spec.languages().stream().filter(allowed::contains)
                .map(l -> "java".equals(l)
                        ? new TakeItem.Language("java", "Java (ND4J)", entry.read("Starter.java"), spec.signature().java())
                        : new TakeItem.Language("python", "Python (NumPy)", entry.read("starter.py"),
                                spec.signature().python()))
                .toList();
        boolean submitted = AttemptSubmission.count("attemptId = ?1 and itemId = ?2 and mode = 'submit'", attempt.id,
                item.id) > 0;
        return new TakeItem(item.id, "EXERCISE", item.refId, titles.title(item.kind, item.refId, lang), item.points, submitted, null, false,
                List.of(), Set.of(), Markdown.toHtml(statement), languages, work == null ? null : work.language,
                work == null ? null : work.code);
    }
}

package io.tensorjudge.web.candidate;

import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.assessment.CandidateWorkspace;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import io.tensorjudge.web.ItemTitles;

/** Builds the candidate page's items from the bank's content and the attempt's workspace. */
@ApplicationScoped
class TakeItems {

    private final ExerciseCatalog catalog;
    private final ItemTitles titles;

    TakeItems(ExerciseCatalog catalog, ItemTitles titles) {
        this.catalog = catalog;
        this.titles = titles;
    }

    List<TakeItem> items(CandidateWorkspace workspace, Lang lang) {
        return workspace.items().stream().map(item -> item.item().kind() == AssessmentItem.Kind.MCQ
                ? mcq(item, lang) : exercise(item, workspace.languages(), lang)).toList();
    }

    private TakeItem mcq(CandidateWorkspace.Item item, Lang lang) {
        var info = item.item();
        var question = item.question();
        List<TakeItem.Choice> choices = ShownChoices.of(question, item.order(),
                (label, c) -> new TakeItem.Choice(label, Markdown.toInlineHtml(lang.pick(c.text(), c.textEn()))));
        return new TakeItem(info.id(), "MCQ", info.refId(), titles.title(info.kind(), info.refId(), lang),
                info.points(), item.done(), Markdown.toHtml(lang.pick(question.stem(), question.stemEn())),
                question.hasSeveralAnswers(), choices, Set.copyOf(item.savedLabels()), null, List.of(), null, null,
                null);
    }

    private TakeItem exercise(CandidateWorkspace.Item item, List<String> allowed, Lang lang) {
        var info = item.item();
        var entry = catalog.find(info.refId()).orElseThrow();
        ExerciseSpec spec = entry.exercise().spec();
        String statement = lang == Lang.en ? entry.read("statement.en.md") : entry.read("statement.zh.md");
        List<TakeItem.Language> languages = spec.languages().stream().filter(allowed::contains)
                .map(l -> "java".equals(l)
                        ? new TakeItem.Language("java", "Java (ND4J)", entry.read("Starter.java"), spec.signature().java())
                        : new TakeItem.Language("python", "Python (NumPy)", entry.read("starter.py"),
                                spec.signature().python()))
                .toList();
        var saved = item.saved();
        return new TakeItem(info.id(), "EXERCISE", info.refId(), titles.title(info.kind(), info.refId(), lang),
                info.points(), item.done(), null, false, List.of(), Set.of(), Markdown.toHtml(statement), languages,
                saved == null ? null : saved.language(), saved == null ? null : saved.code(), item.lastSubmissionId());
    }
}

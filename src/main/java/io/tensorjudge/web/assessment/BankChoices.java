package io.tensorjudge.web.assessment;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.Lang;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.TreeSet;

/** The bank as the assessment builder lists it: exercises and MCQs with the facets it filters on. */
@ApplicationScoped
public class BankChoices {

    public record ExerciseRow(String id, String title, String topics, String difficulty, String languages) {
    }

    public record QuestionRow(String id, String stem, String topics, String source, String difficulty) {
    }

    private final ExerciseCatalog catalog;
    private final QuestionService questions;

    BankChoices(ExerciseCatalog catalog, QuestionService questions) {
        this.catalog = catalog;
        this.questions = questions;
    }

    public List<ExerciseRow> exercises(Lang lang) {
        return catalog.list().stream().map(e -> e.exercise().spec())
                .map(s -> new ExerciseRow(s.id(), lang.pick(s.title().zh(), s.title().en()), String.join(" ", s.topics()),
                        s.difficulty(), String.join(" ", s.languages())))
                .toList();
    }

    public List<QuestionRow> questions(Lang lang) {
        return questions.scorable(null).stream()
                .map(q -> new QuestionRow(q.id(), shorten(lang.pick(q.content().stem(), q.content().stemEn())),
                        String.join(" ", q.content().topics()), q.source(),
                        q.content().difficulty() == null ? "" : q.content().difficulty().name().toLowerCase()))
                .toList();
    }

    /** Every topic tag of the MCQs, for "n random from topic". */
    public List<String> questionTopics() {
        return List.copyOf(new TreeSet<>(QuestionService.countTopics(questions.scorable(null)).keySet()));
    }

    private static String shorten(String stem) {
        String line = stem == null ? "" : stem.strip().replaceAll("\\s+", " ");
        return line.length() <= 140 ? line : line.substring(0, 137) + "…";
    }
}

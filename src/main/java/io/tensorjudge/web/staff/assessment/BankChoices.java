package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.bank.Visibility;
import io.tensorjudge.web.Lang;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The bank as the assessment builder lists it: exercises and MCQs with the facets it filters on, private items
 * first (a public item can have been practised by the candidate, key included, so the builder warns about it).
 */
@ApplicationScoped
public class BankChoices {

    public record ExerciseRow(String id, String title, String topics, String difficulty, String languages,
            String visibility) {
        public boolean isPublic() {
            return Visibility.PUBLIC.fileName().equals(visibility);
        }
    }

    public record QuestionRow(String id, String stem, String topics, String source, String difficulty,
            String visibility) {
        public boolean isPublic() {
            return Visibility.PUBLIC.fileName().equals(visibility);
        }
    }

    /** Private first; within each, the bank's order (a stable sort). */
    private static final Comparator<Visibility> PRIVATE_FIRST = Comparator.comparing(v -> v == Visibility.PUBLIC);

    private final ExerciseCatalog catalog;
    private final QuestionService questions;

    BankChoices(ExerciseCatalog catalog, QuestionService questions) {
        this.catalog = catalog;
        this.questions = questions;
    }

    /** Every exercise, private first. */
    public List<ExerciseCatalog.Entry> exerciseEntries() {
        return catalog.list().stream().sorted(Comparator.comparing(ExerciseCatalog.Entry::visibility, PRIVATE_FIRST))
                .toList();
    }

    /** Every MCQ that may be scored (disputed ones never are), private first. */
    public List<PracticeQuestion> questionEntries() {
        return questions.scorable(null).stream()
                .sorted(Comparator.comparing(PracticeQuestion::visibility, PRIVATE_FIRST)).toList();
    }

    public List<ExerciseRow> exercises(Lang lang) {
        return exerciseEntries().stream()
                .map(e -> {
                    var s = e.exercise().spec();
                    return new ExerciseRow(s.id(), lang.pick(s.title().zh(), s.title().en()),
                            String.join(" ", s.topics()), s.difficulty(), String.join(" ", s.languages()),
                            e.visibility().fileName());
                })
                .toList();
    }

    public List<QuestionRow> questions(Lang lang) {
        return questionEntries().stream()
                .map(q -> new QuestionRow(q.id(), shorten(lang.pick(q.content().stem(), q.content().stemEn())),
                        String.join(" ", q.content().topics()), q.source(), difficultyOf(q), q.visibility().fileName()))
                .toList();
    }

    static String difficultyOf(PracticeQuestion q) {
        return q.content().difficulty() == null ? "" : q.content().difficulty().name().toLowerCase();
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

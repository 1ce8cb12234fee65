package io.tensorjudge.web.practice;

import io.tensorjudge.web.practice.ExerciseView.Detail;
import io.tensorjudge.web.practice.ExerciseView.VisibleTest;
import java.util.List;
import io.tensorjudge.web.Markdown;

/**
 * An exercise prepared for its page: the statement rendered from Markdown, and per language the starter code and
 * signature. Built from the public API's {@link Detail}, so the page can show nothing the API would not.
 */
public record PageExercise(String id, String title, List<String> topics, String difficulty, String source,
        String statementHtml, boolean statementHasTitle, List<PageLanguage> languages,
        List<VisibleTest> visibleTests) {

    /** A language the exercise accepts, with what the editor starts from. */
    public record PageLanguage(String name, String label, String starterCode, String signature) {
    }

    static PageExercise of(Detail detail) {
        List<PageLanguage> languages = detail.languages().stream()
                .map(l -> new PageLanguage(l, label(l), detail.starterCode().getOrDefault(l, ""),
                        detail.signature().getOrDefault(l, "")))
                .toList();
        return new PageExercise(detail.id(), detail.title(), detail.topics(), detail.difficulty(), detail.source(),
                Markdown.toHtml(detail.statement()), detail.statement().stripLeading().startsWith("# "), languages,
                detail.visibleTests());
    }

    /** The editor starts in the first language the exercise lists. */
    public PageLanguage firstLanguage() {
        return languages.get(0);
    }

    private static String label(String language) {
        return switch (language) {
            case "python" -> "Python (NumPy)";
            case "java" -> "Java (ND4J)";
            default -> language;
        };
    }
}

package io.tensorjudge.web;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import java.util.List;
import java.util.Map;

/** Exercise payloads of the public API: never solutions, mutants, hidden inputs or expected values. */
public final class ExerciseView {

    private ExerciseView() {
    }

    /** An item of {@code GET /api/v1/exercises}; {@code source} is an extension. */
    public record Summary(String id, String title, List<String> topics, String difficulty, List<String> languages,
            String source) {

        static Summary of(ExerciseCatalog.Entry entry, Lang lang) {
            ExerciseSpec spec = entry.exercise().spec();
            return new Summary(spec.id(), lang.pick(spec.title().zh(), spec.title().en()), spec.topics(),
                    spec.difficulty(), spec.languages(), spec.source());
        }
    }

    public record VisibleTest(String name, String description) {
    }

    /** {@code GET /api/v1/exercises/{id}}; {@code source} and {@code version} are extensions. */
    public record Detail(String id, String title, String statement, List<String> topics, String difficulty,
            List<String> languages, Map<String, String> starterCode, Map<String, String> signature,
            List<VisibleTest> visibleTests, String source, String version) {
    }
}

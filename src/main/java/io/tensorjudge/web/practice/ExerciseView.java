package io.tensorjudge.web.practice;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.tensorjudge.web.Lang;

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

        static Detail of(ExerciseCatalog.Entry entry, Lang lang) {
            ExerciseSpec spec = entry.exercise().spec();
            Map<String, String> starter = new LinkedHashMap<>();
            Map<String, String> signature = new LinkedHashMap<>();
            if (spec.languages().contains("python")) {
                starter.put("python", entry.read("starter.py"));
                signature.put("python", spec.signature().python());
            }
            if (spec.languages().contains("java")) {
                starter.put("java", entry.read("Starter.java"));
                signature.put("java", spec.signature().java());
            }
            List<VisibleTest> visible = entry.exercise().cases().stream().filter(c -> c.visible())
                    .map(c -> new VisibleTest(c.name(), c.description())).toList();
            String statement = entry.read(lang == Lang.en ? "statement.en.md" : "statement.zh.md");
            return new Detail(spec.id(), lang.pick(spec.title().zh(), spec.title().en()), statement, spec.topics(),
                    spec.difficulty(), spec.languages(), starter, signature, visible, spec.source(), entry.version());
        }
    }
}

package io.tensorjudge.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tensorjudge.common.Invalid;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exercises/_template: skipped by the loader, and a valid exercise once copied under a new id. */
class ExerciseTemplateTest {

    private static final Path ROOT = ExerciseLoader.defaultRoot();

    @Test
    void shouldBeSkippedByTheBankLoader() {
        assertThat(ExerciseLoader.folders(ROOT)).extracting(p -> p.getFileName().toString())
                .doesNotContain(ExerciseTemplate.FOLDER).isNotEmpty();
    }

    @Test
    void shouldLoadWhenCopiedUnderANewId(@TempDir Path root) {
        Map<String, String> files = ExerciseTemplate.copyFor(ROOT, "my-new-exercise");
        assertThat(files.get("exercise.yaml")).contains("\nid: my-new-exercise\n")
                .doesNotContain(ExerciseTemplate.TEMPLATE_ID);
        Path folder = root.resolve("my-new-exercise");
        ExerciseFiles.write(folder, files);

        Exercise exercise = ExerciseLoader.load(folder);

        assertThat(exercise.id()).isEqualTo("my-new-exercise");
        assertThat(files).containsKeys("statement.zh.md", "statement.en.md", "starter.py", "solution.py",
                "Starter.java", "Solution.java");
        assertThat(exercise.mutants()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(exercise.cases()).anyMatch(Exercise.TestCase::visible).anyMatch(c -> !c.visible());
    }

    @Test
    void shouldRefuseAnIdThatIsNotASlug() {
        assertThatThrownBy(() -> ExerciseTemplate.copyFor(ROOT, "Not A Slug")).isInstanceOf(Invalid.class)
                .hasMessageContaining("slug");
        assertThatThrownBy(() -> ExerciseTemplate.copyFor(ROOT, "../softmax")).isInstanceOf(Invalid.class);
    }
}

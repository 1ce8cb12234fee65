package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceCoverageTest {

    @Test
    void shouldFindEveryBankExerciseCoveredByAReference() {
        assertThat(ReferenceCoverage.missing(new ExerciseCatalog(ExerciseLoader.defaultRoot()))).isEmpty();
    }

    @Test
    void shouldNameAnExerciseWithoutAReferenceWhenOneIsAdded(@TempDir Path root) throws IOException {
        copyFolder(ExerciseLoader.defaultRoot().resolve("softmax"), root.resolve("softmax-unreferenced"));
        Path yaml = root.resolve("softmax-unreferenced/exercise.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^id: softmax$", "id: softmax-unreferenced"));

        assertThat(ReferenceCoverage.missing(new ExerciseCatalog(root))).containsExactly("softmax-unreferenced");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}

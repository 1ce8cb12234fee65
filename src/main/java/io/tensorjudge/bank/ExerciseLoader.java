package io.tensorjudge.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads and validates exercises/&lt;id&gt;/ folders. Every problem is a {@link BankFileException} naming the file, the
 * line and the exercise id. Validation is pure Java (no ND4J), so it is cheap at start-up.
 */
public final class ExerciseLoader {

    private ExerciseLoader() {
    }

    /** Loads every folder under {@code root} whose name does not start with '_' or '.', sorted by id. */
    public static List<Exercise> loadAll(Path root) {
        List<Exercise> exercises = new ArrayList<>();
        for (Path folder : folders(root)) {
            exercises.add(load(folder));
        }
        return exercises;
    }

    public static List<Path> folders(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BankFileException(root, 0, null, "cannot list exercises: " + e.getMessage());
        }
    }

    public static Exercise load(Path folder) {
        return load(folder, folder.getFileName().toString());
    }

    /** Loads a folder whose name is not the id (an authored version: data/authored/&lt;id&gt;/&lt;n&gt;-&lt;version&gt;/). */
    public static Exercise load(Path folder, String expectedId) {
        Path yaml = folder.resolve("exercise.yaml");
        if (!Files.isRegularFile(yaml)) {
            throw new BankFileException(yaml, 0, expectedId, "missing exercise.yaml");
        }
        BankYaml.Parsed<ExerciseSpec> parsed = BankYaml.read(yaml, ExerciseSpec.class);
        return new ExerciseValidation(folder, expectedId, parsed).run();
    }

    /** Used by tests and the content check: the exercise folders' parent in this repository. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("tensorjudge.exercises", "exercises"));
    }
}

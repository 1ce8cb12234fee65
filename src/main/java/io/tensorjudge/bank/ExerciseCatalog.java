package io.tensorjudge.bank;

import io.quarkus.runtime.Startup;
import io.tensorjudge.config.BankConfig;
import jakarta.inject.Inject;
import java.nio.file.Path;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The exercises of the bank, loaded and validated once at start-up; a broken folder stops start-up with its file
 * and line. Each exercise carries a version: the hash of its exercise.yaml, which fixes its cases.
 */
@Startup
@ApplicationScoped
public class ExerciseCatalog {

    private static final Logger LOG = Logger.getLogger(ExerciseCatalog.class);

    /** An exercise with the version its test cases (and cached reference outputs) belong to. */
    public record Entry(Exercise exercise, String version) {
        public String id() {
            return exercise.id();
        }

        /** A public file of the exercise folder (statement, starter); solutions and mutants are never read here. */
        public String read(String name) {
            if (!PUBLIC_FILES.contains(name)) {
                throw new IllegalArgumentException(name + " is not a public exercise file");
            }
            try {
                return Files.readString(exercise.file(name), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final java.util.Set<String> PUBLIC_FILES = java.util.Set.of("statement.zh.md", "statement.en.md",
            "starter.py", "Starter.java");

    private final Map<String, Entry> byId;

    @Inject
    ExerciseCatalog(BankConfig config) {
        this(config.exercisesDir());
    }

    /** Loads and validates every folder under {@code root}; throws {@link BankFileException} on the first broken one. */
    public ExerciseCatalog(Path root) {
        Map<String, Entry> loaded = new LinkedHashMap<>();
        for (Exercise exercise : ExerciseLoader.loadAll(root)) {
            loaded.put(exercise.id(), new Entry(exercise, versionOf(exercise)));
        }
        byId = Map.copyOf(loaded);
        LOG.infof("Exercise bank: %d exercises from %s", loaded.size(), root.toAbsolutePath().normalize());
    }

    public List<Entry> list() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(Entry::id)).toList();
    }

    /** Exercises matching every given filter; a null or blank filter matches all. */
    public List<Entry> filter(String topic, String source, String difficulty) {
        return list().stream()
                .filter(e -> blank(topic) || e.exercise().spec().topics().contains(topic))
                .filter(e -> blank(source) || source.equals(e.exercise().spec().source()))
                .filter(e -> blank(difficulty) || difficulty.equals(e.exercise().spec().difficulty()))
                .toList();
    }

    private static boolean blank(String filter) {
        return filter == null || filter.isBlank();
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    private static String versionOf(Exercise exercise) {
        try {
            byte[] yaml = Files.readAllBytes(exercise.file("exercise.yaml"));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(yaml)).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.tensorjudge.bank;

import io.quarkus.runtime.Startup;
import io.tensorjudge.config.BankConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The exercises: the bank folders (validated at start-up; a broken one stops start-up with its file and line),
 * overlaid by versions published through authoring (data/authored/&lt;id&gt;/&lt;n&gt;-&lt;version&gt;/, same format).
 * Each id serves its newest version; older ones stay resolvable, so a submission is graded against the version it
 * was made under. A bank folder's version is the hash of its exercise.yaml; an authored one's is the hash of all its
 * files (an edit of the statement alone is a new version too).
 * <p>
 * Two views, as in {@link QuestionService}: {@link #list}/{@link #find} see every exercise (staff, assessments,
 * grading); the {@code …Public} methods are the practice site's, where a private exercise does not exist. An
 * exercise's visibility is that of its newest version.
 */
@Startup
@ApplicationScoped
public class ExerciseCatalog {

    private static final Logger LOG = Logger.getLogger(ExerciseCatalog.class);
    private static final Pattern AUTHORED_FOLDER = Pattern.compile("(\\d{4,})-([0-9a-f]{16})");

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

        public Visibility visibility() {
            return exercise.spec().visibilityOrPublic();
        }

        /** Whether the practice site may show it (a private exercise exists only inside assessments). */
        public boolean isPublic() {
            return visibility() == Visibility.PUBLIC;
        }

        /** Whether this version was published through authoring rather than read from the bank folder. */
        public boolean authored() {
            return AUTHORED_FOLDER.matcher(exercise.folder().getFileName().toString()).matches();
        }
    }

    private static final java.util.Set<String> PUBLIC_FILES = java.util.Set.of("statement.zh.md", "statement.en.md",
            "starter.py", "Starter.java");

    /** Every loaded version of each id, oldest first; the last one is served. */
    private final Map<String, List<Entry>> versions = new ConcurrentHashMap<>();
    private final Path authoredRoot;

    @Inject
    ExerciseCatalog(BankConfig config) {
        this(config.exercisesDir(), config.authoredDir());
    }

    /** Loads and validates every folder under {@code root}; throws {@link BankFileException} on the first broken one. */
    public ExerciseCatalog(Path root) {
        this(root, null);
    }

    /** The bank under {@code root}, overlaid by the published versions under {@code authoredRoot} (may be null). */
    public ExerciseCatalog(Path root, Path authoredRoot) {
        this.authoredRoot = authoredRoot;
        for (Exercise exercise : ExerciseLoader.loadAll(root)) {
            versions.put(exercise.id(), new CopyOnWriteArrayList<>(List.of(new Entry(exercise, versionOf(exercise)))));
        }
        int authored = authoredRoot == null ? 0 : loadAuthored(authoredRoot);
        LOG.infof("Exercise bank: %d exercises from %s, %d authored versions", versions.size(),
                root.toAbsolutePath().normalize(), authored);
    }

    public List<Entry> list() {
        return versions.values().stream().map(ExerciseCatalog::newest).sorted(Comparator.comparing(Entry::id)).toList();
    }

    /** The practice view of {@link #list}: public exercises only. */
    public List<Entry> listPublic() {
        return list().stream().filter(Entry::isPublic).toList();
    }

    /** Public exercises matching every given filter; a null or blank filter matches all. */
    public List<Entry> filterPublic(String topic, String source, String difficulty) {
        return listPublic().stream()
                .filter(e -> blank(topic) || e.exercise().spec().topics().contains(topic))
                .filter(e -> blank(source) || source.equals(e.exercise().spec().source()))
                .filter(e -> blank(difficulty) || difficulty.equals(e.exercise().spec().difficulty()))
                .toList();
    }

    private static boolean blank(String filter) {
        return filter == null || filter.isBlank();
    }

    /** The newest version of an exercise. */
    public Optional<Entry> find(String id) {
        List<Entry> all = id == null ? null : versions.get(id);
        return all == null ? Optional.empty() : Optional.of(newest(all));
    }

    /** The practice view of {@link #find}: empty for a private exercise, exactly as for an unknown id. */
    public Optional<Entry> findPublic(String id) {
        return find(id).filter(Entry::isPublic);
    }

    /** One version of an exercise, if it is still known (a bank folder changed in git loses its old version). */
    public Optional<Entry> find(String id, String version) {
        return versions(id).stream().filter(e -> e.version().equals(version)).findFirst();
    }

    /** Every known version of an exercise, oldest first. */
    public List<Entry> versions(String id) {
        List<Entry> all = id == null ? null : versions.get(id);
        return all == null ? List.of() : List.copyOf(all);
    }

    /**
     * Publishes validated files as the newest version of {@code id}: written to a new folder under the authored root
     * (atomically renamed into place, never overwriting an older one) and served from now on. Files equal to the
     * newest version's publish nothing and return that version.
     */
    public synchronized Entry publish(String id, Map<String, String> files) {
        if (authoredRoot == null) {
            throw new IllegalStateException("no folder for authored exercises is configured");
        }
        Optional<Entry> latest = find(id);
        if (latest.isPresent() && ExerciseFiles.read(latest.get().exercise().folder()).equals(files)) {
            return latest.get();
        }
        String version = ExerciseFiles.contentHash(files);
        Path parent = authoredRoot.resolve(id);
        Path staging = parent.resolve(".staging-" + UUID.randomUUID());
        Path target = parent.resolve(String.format("%04d-%s", nextSequence(parent), version));
        try {
            ExerciseFiles.write(staging, files);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Entry entry;
        try {
            entry = new Entry(ExerciseLoader.load(target, id), version);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        versions.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(entry);
        LOG.infof("Exercise %s: published version %s (%s)", id, version, target);
        return entry;
    }

    /** Authored versions in publish order; a broken one is logged and skipped (its folder stays for inspection). */
    private int loadAuthored(Path root) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int loaded = 0;
        for (Path idFolder : children(root)) {
            String id = idFolder.getFileName().toString();
            for (Path folder : children(idFolder)) {
                Matcher name = AUTHORED_FOLDER.matcher(folder.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                try {
                    Entry entry = new Entry(ExerciseLoader.load(folder, id), name.group(2));
                    versions.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(entry);
                    loaded++;
                } catch (RuntimeException e) {
                    LOG.warnf("Skipping authored exercise version %s: %s", folder, e.getMessage());
                }
            }
        }
        return loaded;
    }

    private static Entry newest(List<Entry> all) {
        return all.get(all.size() - 1);
    }

    private static int nextSequence(Path parent) {
        return children(parent).stream()
                .map(p -> AUTHORED_FOLDER.matcher(p.getFileName().toString()))
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max().orElse(0) + 1;
    }

    /** Sub-folders sorted by name (authored versions carry a zero-padded sequence number, so this is publish order). */
    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.warnf("Cannot list %s: %s", folder, e.getMessage());
            return List.of();
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warnf("Cannot remove %s: %s", folder, e.getMessage());
        }
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

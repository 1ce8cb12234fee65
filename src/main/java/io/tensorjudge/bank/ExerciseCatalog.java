package io.tensorjudge.bank;

import io.quarkus.runtime.Startup;
import io.tensorjudge.config.BankConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The exercises: the bank folders (validated at start-up; a broken one stops start-up with its file and line),
 * overlaid by the versions published through authoring, which live in the database ({@link AuthoredExercises}) so
 * that every instance serves and grades the same ones. Each id serves its newest version; older ones stay
 * resolvable, so a submission is graded against the version it was made under. A bank folder's version is the hash
 * of its exercise.yaml; an authored one's is the hash of all its files (an edit of the statement alone is a new
 * version too).
 * <p>
 * Every read first compares the table's {@link AuthoredExercises.Stamp} with the one it last saw (one small query)
 * and loads only the rows it does not hold yet, so a version published on another instance is served from the next
 * read on, without a restart. Loaded versions are written to a per-process folder (the loader and the grader read
 * folders); rows never change, so that folder is a cache that can never go stale.
 * <p>
 * Two views, as in {@link QuestionService}: {@link #list}/{@link #find} see every exercise (staff, assessments,
 * grading); the {@code …Public} methods are the practice site's, where a private exercise does not exist. An
 * exercise's visibility is that of its newest version.
 */
@Startup
@ApplicationScoped
public class ExerciseCatalog {

    private static final Logger LOG = Logger.getLogger(ExerciseCatalog.class);
    /** The name of a version's folder: zero-padded sequence number, then the version hash. */
    static final Pattern AUTHORED_FOLDER = Pattern.compile("(\\d{4,})-([0-9a-f]{16})");

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
    private final AuthoredExercises store;
    private final Path cache;
    /** Row ids already loaded (or found broken: skipped for good, rows never change). */
    private final java.util.Set<Long> loadedRows = ConcurrentHashMap.newKeySet();
    private volatile AuthoredExercises.Stamp seen = new AuthoredExercises.Stamp(-1, -1);

    @Inject
    ExerciseCatalog(BankConfig config, DataSource database) {
        this(config.exercisesDir(), new AuthoredExercises(database));
        importFolder(config.authoredDir());
    }

    /** Loads and validates every folder under {@code root}; throws {@link BankFileException} on the first broken one. */
    public ExerciseCatalog(Path root) {
        this(root, null);
    }

    /** The bank under {@code root}, overlaid by the versions published in {@code store} (may be null: bank only). */
    public ExerciseCatalog(Path root, AuthoredExercises store) {
        this.store = store;
        for (Exercise exercise : ExerciseLoader.loadAll(root)) {
            versions.put(exercise.id(), new CopyOnWriteArrayList<>(List.of(new Entry(exercise, ExerciseFiles.bankVersion(exercise.file("exercise.yaml"))))));
        }
        try {
            this.cache = store == null ? null : Files.createTempDirectory("tensorjudge-authored-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
        LOG.infof("Exercise bank: %d exercises from %s, %d authored versions", versions.size(),
                root.toAbsolutePath().normalize(), loadedRows.size());
    }

    public List<Entry> list() {
        refresh();
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
        refresh();
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
        refresh();
        List<Entry> all = id == null ? null : versions.get(id);
        return all == null ? List.of() : List.copyOf(all);
    }

    /**
     * Publishes validated files as the newest version of {@code id}: one row in the database, served from now on here
     * and from the next read on by every other instance. Files equal to the newest version's publish nothing and
     * return that version. Call it outside a transaction (the row commits at once, as the folder rename did).
     */
    public synchronized Entry publish(String id, Map<String, String> files) {
        if (store == null) {
            throw new IllegalStateException("this catalog has no database for authored exercises");
        }
        Optional<Entry> latest = find(id);
        if (latest.isPresent() && ExerciseFiles.read(latest.get().exercise().folder()).equals(files)) {
            return latest.get();
        }
        String version = ExerciseFiles.contentHash(files);
        // Refused before anything is stored: a row that does not load would be skipped by every instance.
        Path check = materialize(new AuthoredExercises.Row(0, id, 0, version, files));
        try {
            ExerciseLoader.load(check, id);
        } finally {
            deleteQuietly(check);
        }
        AuthoredExercises.Row row = store.insert(id, version, files);
        Entry entry = add(row).orElseThrow();
        LOG.infof("Exercise %s: published version %s (#%d)", id, version, row.sequence());
        return entry;
    }

    /** Loads the rows this catalog does not hold yet; one small query when nothing was published since. */
    private void refresh() {
        if (store == null) {
            return;
        }
        AuthoredExercises.Stamp now = store.stamp();
        if (now.equals(seen)) {
            return;
        }
        synchronized (this) {
            for (AuthoredExercises.Row header : store.headers()) {
                if (!loadedRows.contains(header.id())) {
                    add(new AuthoredExercises.Row(header.id(), header.exerciseId(), header.sequence(),
                            header.version(), store.files(header.id())));
                }
            }
            seen = now;
        }
    }

    /** Adds one stored version in sequence order; a row that does not load is logged and skipped for good. */
    private synchronized Optional<Entry> add(AuthoredExercises.Row row) {
        if (!loadedRows.add(row.id())) {
            List<Entry> all = versions.getOrDefault(row.exerciseId(), List.of());
            return all.stream().filter(e -> sequenceOf(e) == row.sequence()).findFirst();
        }
        Entry entry;
        try {
            entry = new Entry(ExerciseLoader.load(materialize(row), row.exerciseId()), row.version());
        } catch (RuntimeException e) {
            LOG.warnf("Skipping published exercise version %s #%d (%s): %s", row.exerciseId(), row.sequence(),
                    row.version(), e.getMessage());
            return Optional.empty();
        }
        List<Entry> all = versions.computeIfAbsent(row.exerciseId(), k -> new CopyOnWriteArrayList<>());
        int at = all.size();
        while (at > 0 && sequenceOf(all.get(at - 1)) > row.sequence()) {
            at--;
        }
        all.add(at, entry);
        return Optional.of(entry);
    }

    private Path materialize(AuthoredExercises.Row row) {
        Path folder = cache.resolve(row.exerciseId()).resolve(String.format("%04d-%s", row.sequence(), row.version()));
        deleteQuietly(folder);
        ExerciseFiles.write(folder, row.files());
        return folder;
    }

    /** 0 for the bank folder's version, else the sequence number in the authored folder's name. */
    private static int sequenceOf(Entry entry) {
        Matcher name = AUTHORED_FOLDER.matcher(entry.exercise().folder().getFileName().toString());
        return name.matches() ? Integer.parseInt(name.group(1)) : 0;
    }

    /** Imports, once, the versions an older release kept in {@code root} (see {@link AuthoredFolderImport}). */
    void importFolder(Path root) {
        if (store != null) {
            AuthoredFolderImport.run(root, this);
        }
    }

    /** Whether an authored version with this hash is already served for {@code id}. */
    boolean hasAuthored(String id, String version) {
        return versions(id).stream().anyMatch(e -> e.authored() && e.version().equals(version));
    }

    /** Stores files that an older release published and serves them as the next version of {@code id}. */
    void addImported(String id, String version, Map<String, String> files) {
        add(store.insert(id, version, files));
    }

    private static Entry newest(List<Entry> all) {
        return all.get(all.size() - 1);
    }

    /** The per-process copies of the stored versions go with the process. */
    @jakarta.annotation.PreDestroy
    void removeCache() {
        if (cache != null) {
            deleteQuietly(cache);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warnf("Cannot remove %s: %s", folder, e.getMessage());
        }
    }
}

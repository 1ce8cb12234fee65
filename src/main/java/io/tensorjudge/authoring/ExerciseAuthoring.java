package io.tensorjudge.authoring;

import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Drafts, validation and publishing of exercises. Saving stores the draft and validates it (the draft is kept even
 * when invalid, so no work is lost); publishing takes a draft whose last validation passed for exactly its content
 * and makes it the newest version in the catalog. Validation runs outside any transaction: it takes seconds.
 */
@ApplicationScoped
public class ExerciseAuthoring {

    /** What the editor works on: the draft if there is one, else the newest published files. */
    public record Working(String id, String version, boolean draft, Map<String, String> files,
            ValidationReport report, String updatedBy, Instant updatedAt) {

        /** The last validation passed and still describes these files. */
        public boolean publishable() {
            return report != null && report.publishable()
                    && report.contentHash().equals(ExerciseFiles.contentHash(files));
        }
    }

    /** One version in an exercise's history; {@code publishedBy} is null for the bank folder's version. */
    public record VersionInfo(String version, boolean authored, boolean current, String publishedBy,
            Instant publishedAt) {
    }

    public record Published(String id, String version, boolean changed) {
    }

    private final ExerciseCatalog catalog;
    private final ExerciseValidator validator;
    private final ObjectMapper json;

    ExerciseAuthoring(ExerciseCatalog catalog, ExerciseValidator validator, ObjectMapper json) {
        this.catalog = catalog;
        this.validator = validator;
        this.json = json;
    }

    public List<ExerciseCatalog.Entry> list() {
        return catalog.list();
    }

    /** Ids with a saved draft. */
    public List<String> draftIds() {
        return QuarkusTransaction.joiningExisting().call(() ->
                ExerciseDraft.<ExerciseDraft>listAll().stream().map(d -> d.exerciseId).sorted().toList());
    }

    public Working open(String id) {
        ExerciseCatalog.Entry latest = latest(id);
        Optional<ExerciseDraft> draft = QuarkusTransaction.joiningExisting()
                .call(() -> ExerciseDraft.<ExerciseDraft>findByIdOptional(id));
        if (draft.isPresent()) {
            ExerciseDraft d = draft.get();
            return new Working(id, d.baseVersion, true, readFiles(d.files), readReport(d.report), d.updatedBy,
                    d.updatedAt);
        }
        return new Working(id, latest.version(), false, ExerciseFiles.read(latest.exercise().folder()), null, null,
                null);
    }

    /** Stores the files as the draft of {@code id}, validates them, stores the report and returns the draft. */
    public Working save(String id, Map<String, String> files, String user) {
        ExerciseCatalog.Entry latest = latest(id);
        Map<String, String> clean = new TreeMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!ExerciseFiles.isExerciseFile(file.getKey())) {
                throw Invalid.field("files", "'" + file.getKey() + "' is not a file of the exercise "
                        + "format (exercise.yaml, statement.zh.md, statement.en.md, starter.py, solution.py, "
                        + "Starter.java, Solution.java, mutants/<slug>.py|.java)");
            }
            // Line endings as in git; an emptied mutant box deletes that mutant.
            String text = file.getValue() == null ? "" : file.getValue().replace("\r\n", "\n");
            if (!text.isBlank()) {
                clean.put(file.getKey(), text.endsWith("\n") ? text : text + "\n");
            }
        }
        store(id, latest.version(), clean, null, user);
        ValidationReport report = validator.validate(id, clean);
        store(id, latest.version(), clean, report, user);
        return open(id);
    }

    /** Publishes the draft of {@code id}; refused unless its last validation passed for exactly its content. */
    public Published publish(String id, String user) {
        Working working = open(id);
        if (!working.draft()) {
            throw publishRefused(List.of("there is no draft of " + id + " to publish: save first"));
        }
        if (working.report() == null || !working.report().contentHash().equals(
                ExerciseFiles.contentHash(working.files()))) {
            throw publishRefused(List.of("the draft has not been validated: save it again"));
        }
        if (!working.report().publishable()) {
            throw publishRefused(working.report().problems());
        }
        return publishValidated(id, working.files(), user);
    }

    /** Makes already validated files the newest version and drops the draft. */
    Published publishValidated(String id, Map<String, String> files, String user) {
        String before = latest(id).version();
        ExerciseCatalog.Entry entry = catalog.publish(id, files);
        boolean changed = !entry.version().equals(before);
        QuarkusTransaction.requiringNew().run(() -> {
            if (changed) {
                Publication.record(Publication.EXERCISE, id, entry.version(), user);
            }
            ExerciseDraft.deleteById(id);
        });
        return new Published(id, entry.version(), changed);
    }

    public void discard(String id) {
        latest(id);
        QuarkusTransaction.requiringNew().run(() -> ExerciseDraft.deleteById(id));
    }

    /** Every version, oldest first, with who published the authored ones. */
    public List<VersionInfo> versions(String id) {
        List<ExerciseCatalog.Entry> all = catalog.versions(id);
        if (all.isEmpty()) {
            throw NotFound.of("exercise", id);
        }
        String current = all.get(all.size() - 1).version();
        List<Publication> log = QuarkusTransaction.joiningExisting().call(() -> Publication.<Publication>list(
                "kind = ?1 and itemId = ?2", Publication.EXERCISE, id));
        return all.stream().map(e -> {
            Optional<Publication> p = log.stream().filter(l -> l.version.equals(e.version())).findFirst();
            return new VersionInfo(e.version(), e.authored(), e.version().equals(current),
                    p.map(x -> x.publishedBy).orElse(null), p.map(x -> x.publishedAt).orElse(null));
        }).toList();
    }

    /** The files of one version (any, not only the newest). */
    public Map<String, String> files(String id, String version) {
        ExerciseCatalog.Entry entry = version == null ? latest(id) : catalog.find(id, version)
                .orElseThrow(() -> NotFound.of("version", id + "@" + version));
        return ExerciseFiles.read(entry.exercise().folder());
    }

    ExerciseCatalog.Entry latest(String id) {
        return catalog.find(id).orElseThrow(() -> NotFound.of("exercise", id));
    }

    private void store(String id, String baseVersion, Map<String, String> files, ValidationReport report,
            String user) {
        String filesJson = write(files);
        String reportJson = report == null ? null : write(report);
        QuarkusTransaction.requiringNew().run(() -> {
            ExerciseDraft draft = ExerciseDraft.<ExerciseDraft>findByIdOptional(id).orElseGet(() -> {
                ExerciseDraft d = new ExerciseDraft();
                d.exerciseId = id;
                return d;
            });
            draft.baseVersion = baseVersion;
            draft.files = filesJson;
            draft.report = reportJson;
            draft.updatedBy = user;
            draft.updatedAt = Instant.now();
            draft.persist();
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> readFiles(String text) {
        try {
            return new TreeMap<>(json.readValue(text, new TypeReference<Map<String, String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft is unreadable", e);
        }
    }

    private ValidationReport readReport(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, ValidationReport.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Conflict publishRefused(List<String> problems) {
        return new Conflict("Publishing is blocked: " + String.join("; ", problems),
                problems.stream().map(problem -> new FieldProblem("draft", problem)).toList());
    }
}

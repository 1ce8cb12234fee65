package io.tensorjudge.authoring;

import io.tensorjudge.common.Invalid;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Export and import of exercises as zips in the exercises/ folder format. Importing content equal to the newest
 * version changes nothing; other content is validated like a save and published only when it passes (else it stays
 * as the draft, with its report).
 */
@ApplicationScoped
public class ExerciseTransfer {

    public enum Outcome { UNCHANGED, PUBLISHED, DRAFT_INVALID }

    public record Imported(String id, Outcome outcome, String version, List<String> problems) {
    }

    private final ExerciseCatalog catalog;
    private final ExerciseAuthoring authoring;

    ExerciseTransfer(ExerciseCatalog catalog, ExerciseAuthoring authoring) {
        this.catalog = catalog;
        this.authoring = authoring;
    }

    /** The newest version of the given exercises (all when {@code ids} is empty). */
    public byte[] export(List<String> ids) {
        Map<String, String> entries = new TreeMap<>();
        List<ExerciseCatalog.Entry> chosen = ids.isEmpty() ? catalog.list()
                : ids.stream().map(authoring::latest).toList();
        for (ExerciseCatalog.Entry entry : chosen) {
            add(entries, entry.id(), ExerciseFiles.read(entry.exercise().folder()));
        }
        return BankArchive.zip(entries);
    }

    /** One version of one exercise. */
    public byte[] export(String id, String version) {
        Map<String, String> entries = new TreeMap<>();
        add(entries, id, authoring.files(id, version));
        return BankArchive.zip(entries);
    }

    public List<Imported> importZip(byte[] archive, String user) {
        Map<String, Map<String, String>> byId = new TreeMap<>();
        for (Map.Entry<String, String> entry : BankArchive.unzip(archive).entrySet()) {
            String path = entry.getKey().startsWith("exercises/") ? entry.getKey().substring("exercises/".length())
                    : entry.getKey();
            int slash = path.indexOf('/');
            if (slash <= 0 || !ExerciseFiles.isExerciseFile(path.substring(slash + 1))) {
                continue;
            }
            byId.computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>())
                    .put(path.substring(slash + 1), entry.getValue());
        }
        if (byId.isEmpty()) {
            throw Invalid.field("archive", "the zip holds no exercises/<id>/exercise.yaml folders");
        }
        List<Imported> results = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> exercise : byId.entrySet()) {
            results.add(importOne(exercise.getKey(), exercise.getValue(), user));
        }
        return results;
    }

    private Imported importOne(String id, Map<String, String> files, String user) {
        ExerciseCatalog.Entry latest = authoring.latest(id);
        if (ExerciseFiles.read(latest.exercise().folder()).equals(files)) {
            return new Imported(id, Outcome.UNCHANGED, latest.version(), List.of());
        }
        ExerciseAuthoring.Working draft = authoring.save(id, files, user);
        if (!draft.publishable()) {
            return new Imported(id, Outcome.DRAFT_INVALID, latest.version(), draft.report().problems());
        }
        ExerciseAuthoring.Published published = authoring.publishValidated(id, draft.files(), user);
        return new Imported(id, Outcome.PUBLISHED, published.version(), List.of());
    }

    private static void add(Map<String, String> entries, String id, Map<String, String> files) {
        files.forEach((name, text) -> entries.put("exercises/" + id + "/" + name, text));
    }
}

package io.tensorjudge.authoring;

import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tensorjudge.bank.BankFileException;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionBankLoader;
import io.tensorjudge.bank.QuestionFile;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import io.tensorjudge.bank.QuestionFileWriter;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.bank.QuestionVersionInfo;
import io.tensorjudge.config.BankConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Editing MCQs: a question is edited as its own questions/*.yaml file (one question), validated by the bank's
 * loader and stored as the question's next version through {@link QuestionService} (answers keep theirs), together
 * with the edit itself, which overlays the bank files at every instance's next start.
 */
@ApplicationScoped
public class QuestionAuthoring {

    public record Saved(String id, int version, boolean changed) {
    }

    public record Imported(String id, boolean changed, int version) {
    }

    private final QuestionService questions;
    private final BankConfig config;

    QuestionAuthoring(QuestionService questions, BankConfig config) {
        this.questions = questions;
        this.config = config;
    }

    public List<PracticeQuestion> list() {
        return QuarkusTransaction.joiningExisting().call(() -> questions.list(null, null));
    }

    public PracticeQuestion find(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> questions.find(id))
                .orElseThrow(() -> NotFound.of("question", id));
    }

    /** The question as a one-question file of the bank format, for the editor. */
    public String yaml(String id) {
        PracticeQuestion q = find(id);
        return QuestionFileWriter.toYaml(new QuestionFile(q.source(), null, List.of(q.content())));
    }

    public List<QuestionVersionInfo> versions(String id) {
        find(id);
        return QuarkusTransaction.joiningExisting().call(() -> questions.versions(id));
    }

    /** Validates the edited file and stores it as the next version; the id and the source cannot change here. */
    public Saved save(String id, String yaml, String user) {
        PracticeQuestion current = find(id);
        QuestionFile file = parse(id + ".yaml", yaml);
        if (file.questions().size() != 1 || !id.equals(file.questions().get(0).id())) {
            throw Invalid.field("yaml", "the file must hold exactly one question, with id '" + id + "'");
        }
        if (!current.source().equals(file.source())) {
            throw Invalid.field("yaml", "the source stays '" + current.source() + "' (move a question "
                    + "between sources in git)");
        }
        return publish(file.source(), file.questions().get(0), user);
    }

    /** All active questions as questions/&lt;source&gt;.yaml files (with the bank's seed_file lines) in a zip. */
    public byte[] export() {
        Map<String, String> seedFiles = new TreeMap<>();
        try {
            QuestionBankLoader.load(config.questionsDir()).forEach(f -> {
                if (f.seedFile() != null) {
                    seedFiles.put(f.source(), f.seedFile());
                }
            });
        } catch (BankFileException e) {
            // The seed file names are a nicety; the questions come from the database.
        }
        Map<String, List<QuestionDef>> bySource = new LinkedHashMap<>();
        for (PracticeQuestion q : list()) {
            bySource.computeIfAbsent(q.source(), s -> new ArrayList<>()).add(q.content());
        }
        Map<String, String> entries = new TreeMap<>();
        bySource.forEach((source, defs) -> entries.put("questions/" + source + ".yaml",
                QuestionFileWriter.toYaml(new QuestionFile(source, seedFiles.get(source), defs))));
        return BankArchive.zip(entries);
    }

    /** Imports every *.yaml of the zip; each file is validated whole before any of its questions is stored. */
    public List<Imported> importZip(byte[] archive, String user) {
        List<QuestionFile> files = new ArrayList<>();
        for (Map.Entry<String, String> entry : BankArchive.unzip(archive).entrySet()) {
            if (entry.getKey().endsWith(".yaml")) {
                String name = entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1);
                files.add(parse(name, entry.getValue()));
            }
        }
        if (files.isEmpty()) {
            throw Invalid.field("archive", "the zip holds no questions/*.yaml files");
        }
        // A question moves between sources only in git: an overlay in another source would duplicate its id.
        for (QuestionFile file : files) {
            for (QuestionDef def : file.questions()) {
                QuarkusTransaction.joiningExisting().call(() -> questions.find(def.id()))
                        .filter(current -> !current.source().equals(file.source()))
                        .ifPresent(current -> {
                            throw Invalid.field("archive", "question '" + def.id() + "' belongs to '"
                                    + current.source() + "', not '" + file.source() + "'");
                        });
            }
        }
        List<Imported> results = new ArrayList<>();
        for (QuestionFile file : files) {
            for (QuestionDef def : file.questions()) {
                Optional<PracticeQuestion> current = QuarkusTransaction.joiningExisting()
                        .call(() -> questions.find(def.id()));
                if (current.isPresent() && current.get().content().equals(def)) {
                    results.add(new Imported(def.id(), false, current.get().version()));
                } else {
                    Saved saved = publish(file.source(), def, user);
                    results.add(new Imported(def.id(), saved.changed(), saved.version()));
                }
            }
        }
        return results;
    }

    private Saved publish(String source, QuestionDef def, String user) {
        int before = QuarkusTransaction.joiningExisting().call(() -> questions.find(def.id()))
                .map(PracticeQuestion::version).orElse(0);
        int version = questions.publish(source, def);
        boolean changed = version != before;
        if (changed) {
            QuarkusTransaction.requiringNew().run(() ->
                    Publication.record(Publication.QUESTION, def.id(), String.valueOf(version), user));
        }
        return new Saved(def.id(), version, changed);
    }

    /** Validates a file's text with the bank loader; errors read "name:line [id]: problem". */
    private static QuestionFile parse(String name, String yaml) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tj-question-");
            Path file = dir.resolve(name);
            Files.writeString(file, yaml == null ? "" : yaml, StandardCharsets.UTF_8);
            try {
                return QuestionBankLoader.loadFile(file);
            } catch (BankFileException e) {
                throw Invalid.field("yaml", e.getMessage().replace(dir.toString() + "/", ""));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                dir.toFile().delete();
            }
        }
    }
}

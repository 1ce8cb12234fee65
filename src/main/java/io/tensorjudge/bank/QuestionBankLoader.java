package io.tensorjudge.bank;

import io.tensorjudge.bank.BankYaml.Parsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads and validates every {@code *.yaml} in the questions folder; any broken file stops the load. */
public final class QuestionBankLoader {

    private QuestionBankLoader() {
    }

    public static List<QuestionFile> load(Path questionsDir) {
        if (!Files.isDirectory(questionsDir)) {
            throw new BankFileException(questionsDir, 0, null, "the questions folder does not exist");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(questionsDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new BankFileException(questionsDir, 0, null, "cannot list the folder: " + e.getMessage());
        }
        QuestionValidator validator = new QuestionValidator();
        List<QuestionFile> loaded = new ArrayList<>();
        for (Path file : files) {
            Parsed<QuestionFile> parsed = BankYaml.read(file, QuestionFile.class);
            validator.validate(parsed);
            loaded.add(parsed.value());
        }
        return loaded;
    }

    /** Reads and validates one file on its own (authored edits, imports); duplicates count within the file only. */
    public static QuestionFile loadFile(Path file) {
        Parsed<QuestionFile> parsed = BankYaml.read(file, QuestionFile.class);
        new QuestionValidator().validate(parsed);
        return parsed.value();
    }

    /**
     * The one-question files of an older release's data/authored/questions folder (imported into the database once).
     * A broken file is logged and skipped: it never stops start-up.
     */
    public static List<QuestionFile> readEdits(Path authoredDir) {
        List<QuestionFile> edits = new ArrayList<>();
        if (!Files.isDirectory(authoredDir)) {
            return edits;
        }
        try (Stream<Path> list = Files.list(authoredDir)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    edits.add(loadFile(file));
                } catch (BankFileException e) {
                    org.jboss.logging.Logger.getLogger(QuestionBankLoader.class)
                            .warnf("Skipping authored question file: %s", e.getMessage());
                }
            }
        } catch (IOException e) {
            org.jboss.logging.Logger.getLogger(QuestionBankLoader.class)
                    .warnf("Cannot list authored questions in %s: %s", authoredDir, e.getMessage());
        }
        return edits;
    }

    /** The bank files with each question that one of {@code edits} declares replaced by that edit (or added to its source). */
    public static List<QuestionFile> overlay(List<QuestionFile> bank, List<QuestionFile> editFiles) {
        java.util.Map<String, QuestionFile.QuestionDef> edits = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> editSources = new java.util.HashMap<>();
        for (QuestionFile edit : editFiles) {
            edit.questions().forEach(q -> {
                edits.put(q.id(), q);
                editSources.put(q.id(), edit.source());
            });
        }
        List<QuestionFile> merged = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (QuestionFile file : bank) {
            List<QuestionFile.QuestionDef> questions = new ArrayList<>();
            for (QuestionFile.QuestionDef q : file.questions()) {
                boolean edited = edits.containsKey(q.id()) && file.source().equals(editSources.get(q.id()));
                questions.add(edited ? edits.get(q.id()) : q);
                if (edited) {
                    placed.add(q.id());
                }
            }
            edits.forEach((id, q) -> {
                if (!placed.contains(id) && file.source().equals(editSources.get(id))
                        && questions.stream().noneMatch(existing -> existing.id().equals(id))) {
                    questions.add(q);
                    placed.add(id);
                }
            });
            merged.add(new QuestionFile(file.source(), file.seedFile(), questions));
        }
        return merged;
    }
}

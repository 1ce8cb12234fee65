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
}

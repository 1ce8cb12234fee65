package io.tensorjudge.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Statements are shown to candidates: they name the source texts ("the AlexNet reading"), never internal
 * provenance (seed files or numbers, "code question 7"), by the same rule as the MCQs' text.
 */
class ExerciseStatementTextTest {

    @Test
    void statementsNameTheReadingsNotInternalNotes() throws IOException {
        List<String> hits = new ArrayList<>();
        int statements = 0;
        try (Stream<Path> files = Files.walk(Path.of("exercises"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("statement\\.(zh|en)\\.md"))
                    .sorted().toList()) {
                statements++;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = QuestionBankQualityTest.INTERNAL_NOTE.matcher(lines.get(i));
                    while (m.find()) {
                        hits.add(file + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(statements).as("statements found").isGreaterThan(40);
        assertThat(hits).as("internal notes in statements").isEmpty();
    }
}

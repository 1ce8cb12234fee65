package io.tensorjudge.bank;

import io.tensorjudge.common.Language;
import io.tensorjudge.common.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The hand-written mutants of an exercise ({@code mutants/*.py|java}), each with the verdict its first line expects. */
final class ExerciseMutantFiles {
    static final Set<String> VERDICTS = ExerciseValidation.names(Verdict.values(), Verdict::name);
    private static final Pattern EXPECT = Pattern.compile("^(?:#|//)\\s*expect:\\s*([A-Z_]+)\\s*(?:[-—–:]+\\s*(.*))?$");

    private ExerciseMutantFiles() {
    }

    static List<Exercise.Mutant> load(Path folder, String id) {
        Path dir = folder.resolve("mutants");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Exercise.Mutant> mutants = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isDirectory(file) || name.startsWith(".")) {
                    continue;
                }
                Language language = name.endsWith(".py") ? Language.PYTHON
                        : name.endsWith(".java") ? Language.JAVA : null;
                if (language == null) {
                    throw new BankFileException(file, 0, id, "a mutant must be a .py or .java file");
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String first = lines.isEmpty() ? "" : lines.get(0).strip();
                Matcher m = EXPECT.matcher(first);
                if (!m.matches()) {
                    throw new BankFileException(file, 1, id, "the first line must be '"
                            + (language == Language.PYTHON ? "#" : "//")
                            + " expect: <VERDICT>  — <why it is wrong>'");
                }
                if (!VERDICTS.contains(m.group(1))) {
                    throw new BankFileException(file, 1, id, "unknown verdict '" + m.group(1) + "' (one of "
                            + VERDICTS.stream().sorted().toList() + ")");
                }
                mutants.add(new Exercise.Mutant(file, language, m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
            }
        } catch (IOException e) {
            throw new BankFileException(dir, 0, id, "cannot read mutants: " + e.getMessage());
        }
        return mutants;
    }
}

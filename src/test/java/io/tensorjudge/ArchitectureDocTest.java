package io.tensorjudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/architecture.md's "may use" table is the rule ArchitectureTest enforces: the two must not drift apart. */
class ArchitectureDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([\\w.]+)` \\|.*\\| ([^|]+) \\|$");

    @Test
    void shouldDocumentExactlyTheEnforcedTable() throws IOException {
        assertThat(documentedTable(Files.readAllLines(Path.of("docs/architecture.md"))))
                .containsExactlyEntriesOf(ArchitectureTest.MAY_USE);
    }

    static Map<String, List<String>> documentedTable(List<String> lines) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String uses = row.group(2).strip();
                table.put(row.group(1), uses.equals("—") ? List.of()
                        : Arrays.stream(uses.split(",")).map(u -> u.strip().replace("`", "")).toList());
            }
        }
        return table;
    }
}

package io.tensorjudge.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authored versions overlay the bank: newest served, older ones resolvable, broken ones skipped, restarts keep them. */
class ExerciseCatalogVersionsTest {

    private static final Path BANK = Path.of("exercises");
    private static final String ID = "step-lr";

    private static Map<String, String> edited(String marker) {
        Map<String, String> files = new TreeMap<>(ExerciseFiles.read(BANK.resolve(ID)));
        files.put("statement.en.md", files.get("statement.en.md") + "\n" + marker + "\n");
        return files;
    }

    @Test
    void publishingServesTheNewVersionAndKeepsTheOldOnesAcrossARestart(@TempDir Path authored) {
        ExerciseCatalog catalog = new ExerciseCatalog(BANK, authored);
        ExerciseCatalog.Entry bank = catalog.find(ID).orElseThrow();
        assertThat(bank.authored()).isFalse();

        ExerciseCatalog.Entry first = catalog.publish(ID, edited("first edit"));
        ExerciseCatalog.Entry second = catalog.publish(ID, edited("second edit"));

        assertThat(first.version()).isNotEqualTo(bank.version()).isNotEqualTo(second.version());
        assertThat(catalog.find(ID)).contains(second);
        assertThat(second.authored()).isTrue();
        assertThat(second.read("statement.en.md")).contains("second edit");
        assertThat(catalog.find(ID, bank.version())).contains(bank);
        assertThat(catalog.find(ID, first.version()).orElseThrow().read("statement.en.md")).contains("first edit");
        assertThat(catalog.versions(ID)).extracting(ExerciseCatalog.Entry::version)
                .containsExactly(bank.version(), first.version(), second.version());
        // The same files again publish nothing.
        assertThat(catalog.publish(ID, edited("second edit"))).isEqualTo(second);
        assertThat(catalog.versions(ID)).hasSize(3);

        ExerciseCatalog restarted = new ExerciseCatalog(BANK, authored);
        assertThat(restarted.find(ID).orElseThrow().version()).isEqualTo(second.version());
        assertThat(restarted.versions(ID)).extracting(ExerciseCatalog.Entry::version)
                .containsExactly(bank.version(), first.version(), second.version());
        assertThat(restarted.list()).hasSameSizeAs(catalog.list());
    }

    @Test
    void aBrokenAuthoredVersionIsSkippedAndKept(@TempDir Path authored) throws IOException {
        ExerciseCatalog catalog = new ExerciseCatalog(BANK, authored);
        ExerciseCatalog.Entry good = catalog.publish(ID, edited("good edit"));
        // A later version damaged on disk (e.g. edited by hand): start-up must go on with the good one.
        Path broken = authored.resolve(ID).resolve("0002-0123456789abcdef");
        ExerciseFiles.write(broken, edited("broken edit"));
        Files.writeString(broken.resolve("exercise.yaml"), "id: step-lr\ntitle: [\n");

        ExerciseCatalog restarted = new ExerciseCatalog(BANK, authored);

        assertThat(restarted.find(ID).orElseThrow().version()).isEqualTo(good.version());
        assertThat(restarted.find(ID, "0123456789abcdef")).isEmpty();
        assertThat(broken.resolve("exercise.yaml")).exists();
        // The next publication does not overwrite the damaged folder.
        ExerciseCatalog.Entry next = restarted.publish(ID, edited("after the damage"));
        assertThat(next.exercise().folder().getFileName().toString()).startsWith("0003-");
    }
}

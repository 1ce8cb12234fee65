package io.tensorjudge.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquivalentMutantsTest {

    @TempDir
    Path folder;

    @Test
    void readsIdsWithReasons() throws Exception {
        Files.writeString(folder.resolve("mutation.yaml"), """
                equivalent:
                  - id: L8C48-true-to-false
                    reason: the result is broadcast back either way
                """);
        EquivalentMutants equivalents = EquivalentMutants.of(folder);
        assertThat(equivalents.reason("L8C48-true-to-false")).isEqualTo("the result is broadcast back either way");
        assertThat(equivalents.reason("L1C1-other")).isNull();
    }

    @Test
    void noFileMeansNone() {
        assertThat(EquivalentMutants.of(folder).all()).isEmpty();
    }

    @Test
    void refusesMissingReasonsDuplicatesAndUnknownKeys() throws Exception {
        assertThatThrownBy(() -> EquivalentMutants.parse("equivalent:\n  - id: a\n", "f"))
                .hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> EquivalentMutants.parse(
                "equivalent:\n  - {id: a, reason: r}\n  - {id: a, reason: s}\n", "f"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> EquivalentMutants.parse("equivalents: []\n", "f"))
                .hasMessageContaining("equivalents");
    }
}

package io.tensorjudge.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseCatalogTest {

    @Test
    void shouldLoadTheRepositoryBank() {
        ExerciseCatalog catalog = new ExerciseCatalog(Path.of("exercises"));
        assertTrue(catalog.list().size() >= 35);
        assertEquals("softmax", catalog.find("softmax").orElseThrow().id());
        assertTrue(catalog.find("no-such-exercise").isEmpty());
    }

    @Test
    void shouldRefuseABrokenFolder(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("softmax"));
        Files.writeString(root.resolve("softmax/exercise.yaml"), "id: softmax\ntitle: [\n");
        BankFileException e = assertThrows(BankFileException.class, () -> new ExerciseCatalog(root));
        assertTrue(e.getMessage().contains("exercise.yaml"), e.getMessage());
    }
}

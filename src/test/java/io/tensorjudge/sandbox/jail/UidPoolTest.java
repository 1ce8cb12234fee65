package io.tensorjudge.sandbox.jail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UidPoolTest {

    @Test
    void shouldNeverHandOutAUidThatAnotherPoolHolds() throws Exception {
        UidPool a = new UidPool(true, 63900, 2);
        UidPool b = new UidPool(true, 63900, 2);
        OptionalInt first = a.acquire();
        OptionalInt second = b.acquire();
        assertNotEquals(first, second);

        a.release(first);
        OptionalInt third = b.acquire();
        assertEquals(first, third, "a released uid is free again");
        b.release(second);
        b.release(third);
    }

    @Test
    void shouldSkipUidsLockedThroughAnotherClassLoader() throws Exception {
        java.nio.file.Path dir = java.nio.file.Paths.get(System.getProperty("java.io.tmpdir"), "tensorjudge-sandbox-uids");
        java.nio.file.Files.createDirectories(dir);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(dir.resolve("63910"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock lock = ch.lock()) {
            UidPool pool = new UidPool(true, 63910, 2);
            OptionalInt uid = pool.acquire();
            assertEquals(OptionalInt.of(63911), uid);
            pool.release(uid);
        }
    }

    @Test
    void shouldHandOutNothingWhenNotRoot() throws Exception {
        assertTrue(new UidPool(false, 63900, 2).acquire().isEmpty());
    }
}

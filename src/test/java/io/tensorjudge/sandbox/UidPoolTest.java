package io.tensorjudge.sandbox;

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
    void shouldHandOutNothingWhenNotRoot() throws Exception {
        assertTrue(new UidPool(false, 63900, 2).acquire().isEmpty());
    }
}

package io.tensorjudge.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemTimesTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

    private static ItemTimes.Mark at(long item, int seconds) {
        return new ItemTimes.Mark(item, START.plusSeconds(seconds));
    }

    @Test
    void shouldGiveEachGapToTheItemOfTheLaterRecordWhenTheCandidateMovesBetweenItems() {
        // item 1 from 0 to 60 s, item 2 until 100 s, back to item 1 until 130 s; given out of order
        Map<Long, Duration> spent = ItemTimes.of(START, START.plusSeconds(600),
                List.of(at(2, 100), at(1, 60), at(1, 30), at(1, 130)));

        assertThat(spent).containsOnly(Map.entry(1L, Duration.ofSeconds(90)), Map.entry(2L, Duration.ofSeconds(40)));
    }

    @Test
    void shouldIgnoreRecordsOutsideTheAttemptWhenTheyAreBeforeTheStartOrAfterTheEnd() {
        Map<Long, Duration> spent = ItemTimes.of(START, START.plusSeconds(100),
                List.of(at(1, -5), at(1, 20), at(2, 50), at(2, 150)));

        assertThat(spent).containsOnly(Map.entry(1L, Duration.ofSeconds(20)), Map.entry(2L, Duration.ofSeconds(30)));
    }

    @Test
    void shouldCountNothingWhenTheAttemptNeverStarted() {
        assertThat(ItemTimes.of(null, null, List.of(at(1, 10)))).isEmpty();
    }

    @Test
    void shouldCountZeroForTwoRecordsInTheSameInstantWhenASubmitFollowsItsAutosave() {
        Map<Long, Duration> spent = ItemTimes.of(START, null, List.of(at(1, 10), at(1, 10), at(2, 10)));

        assertThat(spent).containsOnly(Map.entry(1L, Duration.ofSeconds(10)), Map.entry(2L, Duration.ZERO));
    }
}

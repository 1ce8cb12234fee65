package io.tensorjudge.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time spent per item, estimated from what the server recorded (autosaves, runs and submissions, MCQ answers): the
 * time between one recorded event of the attempt and the next goes to the item of the later one, from the start
 * on; the candidate was working on that item until it was saved. What follows the last event (reading, Finish) is
 * not given to any item, and events outside [start, end] are ignored.
 */
final class ItemTimes {

    /** Something recorded on an item at a server time. */
    record Mark(long itemId, Instant at) {
    }

    private ItemTimes() {
    }

    static Map<Long, Duration> of(Instant start, Instant end, List<Mark> marks) {
        Map<Long, Duration> spent = new HashMap<>();
        if (start == null) {
            return spent;
        }
        Instant previous = start;
        for (Mark mark : marks.stream().sorted(Comparator.comparing(Mark::at)).toList()) {
            if (mark.at().isBefore(start) || (end != null && mark.at().isAfter(end))) {
                continue;
            }
            spent.merge(mark.itemId(), Duration.between(previous, mark.at()), Duration::plus);
            previous = mark.at();
        }
        return spent;
    }
}

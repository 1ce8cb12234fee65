package io.tensorjudge.assessment;

import java.time.Instant;

/** An integrity signal of an attempt (see {@link IntegrityEvent}), as reviewers see it. */
public record Signal(IntegrityEvent.Kind kind, Long itemId, String detail, Instant occurredAt) {

    static Signal of(IntegrityEvent e) {
        return new Signal(e.kind, e.itemId, e.detail, e.occurredAt);
    }
}

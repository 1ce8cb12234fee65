package io.tensorjudge.assessment;

import java.time.Instant;

/** The autosaved work on one item of an attempt (see {@link AttemptWork}); {@code choices} are canonical keys. */
public record SavedWork(long itemId, String language, String code, String choices, Instant updatedAt) {

    static SavedWork of(AttemptWork w) {
        return new SavedWork(w.itemId, w.language, w.code, w.choices, w.updatedAt);
    }
}

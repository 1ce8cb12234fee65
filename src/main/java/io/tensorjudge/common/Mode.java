package io.tensorjudge.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a submission is graded: {@code run} checks the visible tests only, {@code submit} all tests and scores. */
public enum Mode {
    RUN, SUBMIT;

    /** "run" / "submit", as the API and the DB write it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(m -> m.wireName().equals(name)).findFirst();
    }

    /** For values already validated (stored rows). */
    public static Mode of(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("Not a mode: " + name));
    }

    public boolean is(String name) {
        return wireName().equals(name);
    }
}

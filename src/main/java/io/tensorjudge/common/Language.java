package io.tensorjudge.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The programming languages candidates write; the lower-case names are the values in files, the API and the DB. */
public enum Language {
    PYTHON, JAVA;

    /** "python" / "java". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language a file, request or row names (case-insensitive), if it is one. */
    public static Optional<Language> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Whether {@code name} is exactly one language's wire name (as the API requires: "python", not "Python"). */
    public static boolean isWireName(String name) {
        return Arrays.stream(values()).anyMatch(l -> l.wireName().equals(name));
    }

    /** For values already validated (stored rows): fails loudly if one is not a language. */
    public static Language of(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("Not a language: " + name));
    }
}

package io.tensorjudge.integrity;

import java.util.Locale;
import java.util.Set;

/** The languages candidates write, with what the tokenizer must know about each: keywords and comment syntax. */
public enum CodeLanguage {
    PYTHON(Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield")),
    JAVA(Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "var",
            "record", "yield", "true", "false", "null"));

    private final Set<String> keywords;

    CodeLanguage(Set<String> keywords) {
        this.keywords = keywords;
    }

    boolean isKeyword(String word) {
        return keywords.contains(word);
    }

    /** "python" / "java", as submissions store them. */
    public static CodeLanguage of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}

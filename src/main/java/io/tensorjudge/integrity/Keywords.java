package io.tensorjudge.integrity;

import io.tensorjudge.common.Language;
import java.util.Set;

/** The keywords of each language candidates write: what the tokenizer keeps as they are instead of normalizing. */
enum Keywords {
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

    Keywords(Set<String> keywords) {
        this.keywords = keywords;
    }

    static boolean isKeyword(Language language, String word) {
        return valueOf(language.name()).keywords.contains(word);
    }
}

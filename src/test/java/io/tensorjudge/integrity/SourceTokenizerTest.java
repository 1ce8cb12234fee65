package io.tensorjudge.integrity;

import io.tensorjudge.common.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTokenizerTest {

    private static List<String> texts(Language language, String code) {
        return new SourceTokenizer(language).tokenize(code).stream().map(Token::text).toList();
    }

    @Test
    void shouldNormalizeNamesLiteralsAndKeepApiMembersInPython() {
        assertThat(texts(Language.PYTHON, "y = np.exp(x - 1.5e-3) * 'a' # note\n"))
                .containsExactly("V", "=", "V", ".", "exp", "(", "V", "-", "N", ")", "*", "S");
    }

    @Test
    void shouldDropDocstringsAndImportsButKeepStringArguments() {
        String code = """
                from numpy import (
                    exp, sum)
                import numpy as np
                def f(x):
                    \"\"\"Doc
                    string.\"\"\"
                    return g(
                        "kept"
                    )
                """;

        assertThat(texts(Language.PYTHON, code))
                .containsExactly("def", "V", "(", "V", ")", ":", "return", "V", "(", "S", ")");
    }

    @Test
    void shouldDropJavaCommentsImportsAndRecordLines() {
        String code = "package p;\nimport a.b.C;\n/* block\n */ int x = 0x1F; // tail\nString s = \"a\\\"b\";\n";

        List<Token> tokens = new SourceTokenizer(Language.JAVA).tokenize(code);

        assertThat(tokens).extracting(Token::text)
                .containsExactly("int", "V", "=", "N", ";", "V", "V", "=", "S", ";");
        assertThat(tokens).extracting(Token::line).containsExactly(4, 4, 4, 4, 4, 5, 5, 5, 5, 5);
    }
}

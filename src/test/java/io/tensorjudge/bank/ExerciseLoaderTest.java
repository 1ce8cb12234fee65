package io.tensorjudge.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on a small valid folder and on broken copies of it: every error names the file and the line. */
class ExerciseLoaderTest {

    static final String VALID_YAML = """
            id: softmax
            title: {zh: 软最大, en: Softmax}
            topics: [activations]
            difficulty: easy
            source: dl-fundamentals
            languages: [python, java]
            function: {python: softmax, java: softmax}
            signature:
              python: "def softmax(x, axis=-1)"
              java: "public static INDArray softmax(INDArray x, int axis)"
            params:
              - {name: x, type: array}
              - {name: axis, type: int}
            returns: array
            cases:
              - name: shown
                visible: true
                seed: 1
                args:
                  x: {normal: [2, 3]}
                  axis: -1
                properties: [rows-sum-to-one]
              - name: hidden
                visible: false
                weight: 2
                seed: 2
                args:
                  x: {values: [[1.0, 2.0], [3.0, 4.0]]}
                  axis: 0
            """;

    @TempDir
    Path root;
    Path folder;

    @BeforeEach
    void validFolder() throws IOException {
        folder = root.resolve("softmax");
        Files.createDirectories(folder.resolve("mutants"));
        write("exercise.yaml", VALID_YAML);
        for (String name : List.of("statement.zh.md", "statement.en.md", "starter.py", "solution.py", "Starter.java",
                "Solution.java")) {
            write(name, "placeholder\n");
        }
        write("mutants/no-shift.py", "# expect: WRONG_ANSWER  — overflows\nimport numpy as np\n");
        write("mutants/NoShift.java", "// expect: WRONG_ANSWER — overflows\npublic class Solution {}\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void replace(String from, String to) throws IOException {
        String yaml = Files.readString(folder.resolve("exercise.yaml"));
        assertTrue(yaml.contains(from), "fixture does not contain " + from);
        write("exercise.yaml", yaml.replace(from, to));
    }

    private BankFileException loadFails() {
        return assertThrows(BankFileException.class, () -> ExerciseLoader.load(folder));
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    @Test
    void shouldLoadAValidFolder() {
        Exercise exercise = ExerciseLoader.load(folder);
        assertEquals("softmax", exercise.id());
        assertEquals(List.of("x", "axis"), exercise.paramNames());
        assertEquals(ValueType.Kind.ARRAY, exercise.returns().kind());
        assertEquals(2, exercise.cases().size());
        assertEquals(2, exercise.testCase("hidden").weight());
        assertEquals(1e-6, exercise.tolerance().rtol());
        assertEquals(2, exercise.mutants().size());
        assertEquals("WRONG_ANSWER", exercise.mutants().get(0).expect());
        assertEquals(List.of("softmax"), ExerciseLoader.loadAll(root).stream().map(Exercise::id).toList());
    }

    @Test
    void shouldBePublicWhenNoVisibilityIsDeclared() {
        assertThat(ExerciseLoader.load(folder).spec().visibilityOrPublic()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void shouldReadPrivateVisibilityWhenDeclared() throws IOException {
        replace("topics: [activations]", "topics: [activations]\nvisibility: private");
        assertThat(ExerciseLoader.load(folder).spec().visibilityOrPublic()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void shouldNameTheLineWhenVisibilityIsUnknown() throws IOException {
        replace("topics: [activations]", "topics: [activations]\nvisibility: secret");
        assertThatThrownBy(() -> ExerciseLoader.load(folder)).isInstanceOf(BankFileException.class)
                .hasMessageContaining("exercise.yaml:" + lineOf(Files.readString(folder.resolve("exercise.yaml")), "visibility: secret"))
                .hasMessageContaining("visibility");
    }

    @Nested
    class ShouldNameFileAndLine {

        @Test
        void whenTheYamlDoesNotParse() throws IOException {
            replace("topics: [activations]", "topics: [activations");
            BankFileException e = loadFails();
            assertTrue(e.getMessage().startsWith(folder.resolve("exercise.yaml").toString()), e.getMessage());
            assertTrue(e.line() > 0, e.getMessage());
            assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
        }

        @Test
        void whenACaseHasAnUnknownKey() throws IOException {
            replace("    weight: 2\n", "    weight: 2\n    colour: red\n");
            BankFileException e = loadFails();
            String yaml = Files.readString(folder.resolve("exercise.yaml"));
            assertTrue(e.getMessage().contains("unknown key 'colour'"), e.getMessage());
            assertEquals(lineOf(yaml, "colour"), e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("exercise.yaml:" + e.line()), e.getMessage());
        }

        @Test
        void whenARequiredFileIsMissing() throws IOException {
            Files.delete(folder.resolve("statement.en.md"));
            BankFileException e = loadFails();
            assertEquals(folder.resolve("statement.en.md"), e.file());
            assertEquals("softmax", e.itemId());
        }

        @Test
        void whenCaseArgsDoNotMatchTheParams() throws IOException {
            replace("      axis: 0\n", "      axes: 0\n");
            BankFileException e = loadFails();
            String yaml = Files.readString(folder.resolve("exercise.yaml"));
            assertTrue(e.getMessage().contains("must name every param"), e.getMessage());
            assertEquals(lineOf(yaml, "x: {values"), e.line(), e.getMessage());
        }

        @Test
        void whenThePythonSignatureDisagreesWithParams() throws IOException {
            replace("def softmax(x, axis=-1)", "def softmax(logits, axis=-1)");
            BankFileException e = loadFails();
            assertEquals(lineOf(Files.readString(folder.resolve("exercise.yaml")), "def softmax"), e.line());
            assertTrue(e.getMessage().contains("differ from params"), e.getMessage());
        }

        @Test
        void whenTheJavaSignatureHasTheWrongType() throws IOException {
            replace("int axis)", "double axis)");
            BankFileException e = loadFails();
            assertTrue(e.getMessage().contains("parameter 2 is double"), e.getMessage());
        }

        @Test
        void whenAGeneratorIsInvalid() throws IOException {
            replace("{normal: [2, 3]}", "{normal: [2, -3]}");
            BankFileException e = loadFails();
            assertEquals(lineOf(Files.readString(folder.resolve("exercise.yaml")), "normal"), e.line());
            assertTrue(e.getMessage().contains("arg 'x'"), e.getMessage());
        }

        @Test
        void whenAGeneratorHasAnUnknownOption() throws IOException {
            replace("{normal: [2, 3]}", "{normal: [2, 3], sigma: 2.0}");
            assertTrue(loadFails().getMessage().contains("unknown option 'sigma'"));
        }

        @Test
        void whenALiteralDoesNotFitItsType() throws IOException {
            replace("      axis: -1\n", "      axis: 1.5\n");
            BankFileException e = loadFails();
            assertTrue(e.getMessage().contains("does not fit its type int"), e.getMessage());
            assertEquals(lineOf(Files.readString(folder.resolve("exercise.yaml")), "axis: 1.5"), e.line());
        }

        @Test
        void whenCaseNamesRepeat() throws IOException {
            replace("name: hidden", "name: shown");
            assertTrue(loadFails().getMessage().contains("duplicate case name 'shown'"));
        }

        @Test
        void whenNoCaseIsHidden() throws IOException {
            replace("visible: false", "visible: true");
            assertTrue(loadFails().getMessage().contains("at least one hidden case"));
        }

        @Test
        void whenAPropertyIsUnknown() throws IOException {
            replace("[rows-sum-to-one]", "[sums-to-one]");
            BankFileException e = loadFails();
            assertTrue(e.getMessage().contains("unknown property 'sums-to-one'"), e.getMessage());
            assertEquals(lineOf(Files.readString(folder.resolve("exercise.yaml")), "sums-to-one"), e.line());
        }

        @Test
        void whenTheIdDiffersFromTheFolder() throws IOException {
            replace("id: softmax", "id: soft-max");
            BankFileException e = loadFails();
            assertEquals(1, e.line());
        }

        @Test
        void whenAMutantHasNoExpectHeader() throws IOException {
            write("mutants/no-shift.py", "import numpy as np\n");
            BankFileException e = loadFails();
            assertEquals(folder.resolve("mutants/no-shift.py"), e.file());
            assertEquals(1, e.line());
        }

        @Test
        void whenAMutantExpectsAnUnknownVerdict() throws IOException {
            write("mutants/no-shift.py", "# expect: WRONG  — nope\n");
            assertTrue(loadFails().getMessage().contains("unknown verdict 'WRONG'"));
        }
    }
}

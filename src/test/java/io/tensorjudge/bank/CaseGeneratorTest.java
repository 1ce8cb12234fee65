package io.tensorjudge.bank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Generators: determinism, shapes and dtypes, and the distribution guarantees the cases rely on. */
class CaseGeneratorTest {

    @TempDir
    Path root;

    /** An attention-shaped exercise that uses every generator kind, loaded through the real loader. */
    private Exercise exercise(String args) throws IOException {
        Path folder = root.resolve("attention");
        Files.createDirectories(folder);
        for (String name : List.of("statement.zh.md", "statement.en.md", "starter.py", "solution.py")) {
            Files.writeString(folder.resolve(name), "x\n");
        }
        Files.writeString(folder.resolve("exercise.yaml"), """
                id: attention
                title: {zh: 注意力, en: Attention}
                topics: [attention]
                difficulty: medium
                source: pytorch-interview
                languages: [python]
                function: {python: attention}
                signature: {python: "def attention(q, k, v, mask=None)"}
                params:
                  - {name: q, type: array}
                  - {name: k, type: array}
                  - {name: v, type: array}
                  - {name: mask, type: "array?"}
                returns: tuple[array, array]
                cases:
                  - {name: a, visible: true, seed: 7, args: %s}
                  - {name: b, visible: false, seed: 8, args: %s}
                """.formatted(args, args));
        return ExerciseLoader.load(folder);
    }

    private static final String ARGS = "{q: {normal: [2, 3, 4], scale: 2.0}, k: {uniform: [2, 5, 4], low: 0.0, high: 3.0},"
            + " v: {randint: [2, 5, 3], low: -2, high: 3}, mask: {bool_mask: [2, 3, 5], p_true: 0.05}}";

    @Test
    void shouldBeDeterministicPerSeed() throws IOException {
        Exercise ex = exercise(ARGS);
        List<Object> first = CaseGenerator.generate(ex, ex.testCase("a"));
        List<Object> again = CaseGenerator.generate(ex, ex.testCase("a"));
        List<Object> other = CaseGenerator.generate(ex, ex.testCase("b"));
        for (int i = 0; i < 4; i++) {
            assertEquals(first.get(i), again.get(i));
        }
        assertNotEquals(first.get(0), other.get(0));
    }

    @Test
    void shouldProduceContractShapesAndDtypes() throws IOException {
        Exercise ex = exercise(ARGS);
        List<Object> args = CaseGenerator.generate(ex, ex.testCase("a"));
        INDArray q = (INDArray) args.get(0), k = (INDArray) args.get(1), v = (INDArray) args.get(2), mask = (INDArray) args.get(3);
        assertArrayEquals(new long[] {2, 3, 4}, q.shape());
        assertEquals(DataType.DOUBLE, q.dataType());
        assertTrue(k.minNumber().doubleValue() >= 0 && k.maxNumber().doubleValue() < 3);
        assertEquals(DataType.LONG, v.dataType());
        assertTrue(v.minNumber().longValue() >= -2 && v.maxNumber().longValue() <= 2);
        assertEquals(DataType.BOOL, mask.dataType());
        // p_true is tiny, yet every row along the last axis must allow at least one position
        INDArray perRow = mask.castTo(DataType.DOUBLE).sum(2);
        assertTrue(perRow.minNumber().doubleValue() >= 1, perRow.toString());
    }

    @Test
    void shouldDrawIndependentStreamsPerArgument() throws IOException {
        Exercise ex = exercise("{q: {normal: [50]}, k: {normal: [50]}, v: {normal: [50]}, mask: null}");
        List<Object> args = CaseGenerator.generate(ex, ex.testCase("a"));
        assertNotEquals(args.get(0), args.get(1));
        assertNull(args.get(3));
        INDArray q = (INDArray) args.get(0);
        assertTrue(Math.abs(q.meanNumber().doubleValue()) < 0.5, "standard normal mean");
    }

    @Test
    void shouldRespectMaskKeepProbabilityAndExplicitValues() throws IOException {
        Exercise ex = exercise("{q: {mask: [100, 100], keep: 0.3}, k: {const: [2, 2], value: 1.5},"
                + " v: {values: [[1.0, 2.0], [3.0, 4.5]]}, mask: {values_bool: [[true, false]]}}");
        List<Object> args = CaseGenerator.generate(ex, ex.testCase("a"));
        INDArray mask = (INDArray) args.get(0);
        double kept = mask.meanNumber().doubleValue();
        assertTrue(Math.abs(kept - 0.3) < 0.03, "kept fraction " + kept);
        assertEquals(0.0, mask.mul(mask.rsub(1.0)).sumNumber().doubleValue(), "a 0/1 mask");
        assertEquals(6.0, ((INDArray) args.get(1)).sumNumber().doubleValue());
        assertEquals(4.5, ((INDArray) args.get(2)).getDouble(1, 1));
        assertEquals(DataType.BOOL, ((INDArray) args.get(3)).dataType());
    }

    @Test
    void shouldBuildListsAndDicts() {
        ArgGenerator list = ArgGenerator.parse(Map.of("list", List.of(Map.of("normal", List.of(2)), Map.of("const", List.of(3), "value", 2.0))));
        assertEquals(5, list.elements());
        assertTrue(list.fits(ValueType.parse("list[array]")));
        assertTrue(!list.fits(ValueType.parse("array")));
        assertThrows(IllegalArgumentException.class, () -> ArgGenerator.parse(Map.of("values", List.of(List.of(1.0), List.of(1.0, 2.0)))));
        assertThrows(IllegalArgumentException.class, () -> ArgGenerator.parse("1e4"));
    }

    @Test
    void shouldRedrawOnlyHiddenCasesInAVariantAndTheSameOnesEveryTime() throws IOException {
        Exercise ex = exercise(ARGS);
        Exercise.TestCase visible = ex.testCase("a");
        Exercise.TestCase hidden = ex.testCase("b");
        List<Object> practice = CaseGenerator.generate(ex, hidden);
        List<Object> one = CaseGenerator.generate(ex, hidden, 1L);
        List<Object> two = CaseGenerator.generate(ex, hidden, 2L);
        for (int i = 0; i < 4; i++) {
            assertEquals(CaseGenerator.generate(ex, visible), CaseGenerator.generate(ex, visible, 1L));
            assertEquals(one.get(i), CaseGenerator.generate(ex, hidden, 1L).get(i), "same variant, same values");
            assertNotEquals(one.get(i), two.get(i), "argument " + i);
            assertNotEquals(one.get(i), practice.get(i), "argument " + i);
        }
    }

    @Test
    void shouldDeriveDistinctSeedsForNearbyVariantsAndCaseSeeds() {
        // (variant + case seed) or (variant * k + case seed) would collide here, e.g. (1, 2) and (2, 1)
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        for (long variant = -32; variant < 32; variant++) {
            for (long caseSeed = 0; caseSeed < 64; caseSeed++) {
                long seed = CaseGenerator.variantSeed(variant, caseSeed);
                assertTrue(seeds.add(seed), "collision at variant " + variant + ", case seed " + caseSeed);
                assertTrue(Math.abs(seed) > 1L << 40, "a small seed would overlap the ones written in exercise.yaml");
            }
        }
    }

    @Test
    void shouldRepeatNoNumberAcrossTheStreamsOfNearbySeeds() {
        // SplittableRandom(s) and SplittableRandom(s + gamma) are one stream shifted by a draw, so a seed that enters
        // the stream linearly (seed * gamma + hash) would make case n+1 a shifted copy of case n
        for (long base : new long[] {0, 700, 1_410_000_000L}) {
            java.util.Map<Double, Long> seen = new java.util.HashMap<>();
            for (long seed = base; seed < base + 64; seed++) {
                SplittableRandom stream = new CaseGenerator.Source(seed, "x").streamFor("x");
                for (int draw = 0; draw < 200; draw++) {
                    Long before = seen.put(stream.nextDouble(), seed);
                    if (before != null) {
                        fail("seed " + seed + " repeats a number of seed " + before + " at draw " + draw);
                    }
                }
            }
        }
    }

    @Test
    void shouldKeepThePracticeInputsOfTheBank() throws Exception {
        // A digest of every input of softmax (all cases, exercise.yaml's seeds), computed when case streams were
        // mixed (issue 12): practice, the content tests and mutation.yaml's equivalents rely on them, so a change
        // here must come with a run of the whole-bank content and mutation tests.
        Exercise softmax = ExerciseLoader.load(ExerciseLoader.defaultRoot().resolve("softmax"));
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        for (Exercise.TestCase c : softmax.cases()) {
            for (Object arg : CaseGenerator.generate(softmax, c)) {
                String text = arg instanceof INDArray a
                        ? java.util.Arrays.toString(a.castTo(DataType.DOUBLE).data().asDouble()) : String.valueOf(arg);
                digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertEquals(PRACTICE_SOFTMAX_DIGEST, java.util.HexFormat.of().formatHex(digest.digest()));
    }

    private static final String PRACTICE_SOFTMAX_DIGEST =
            "90c1c33746e3c60564b1e684cae3b625e23198a1588ff09e1b3d644f9a5b2ecb";
}

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
    void shouldDrawScalarsFromTheirRangeAndReachBothEnds() {
        ArgGenerator multiples = ArgGenerator.parse(Map.of("int", List.of(30, 120), "stride", 30));
        ArgGenerator rate = ArgGenerator.parse(Map.of("float", List.of(0.5, 2.0)));
        java.util.Set<Object> seen = new java.util.TreeSet<>();
        for (long seed = 0; seed < 200; seed++) {
            seen.add(multiples.generate(new CaseGenerator.Source(seed, "step")));
            double r = (Double) rate.generate(new CaseGenerator.Source(seed, "lr"));
            assertTrue(r >= 0.5 && r < 2.0, "float in [0.5, 2.0): " + r);
        }
        assertEquals(java.util.Set.of(30L, 60L, 90L, 120L), seen);
        assertTrue(multiples.fits(ValueType.parse("int")) && multiples.fits(ValueType.parse("float")));
        assertTrue(rate.fits(ValueType.parse("float")) && !rate.fits(ValueType.parse("int")));
        assertTrue(multiples.seeded() && rate.seeded());
    }

    @Test
    void shouldRefuseScalarRangesThatCannotVary() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("int", List.of(5, 5)),
                Map.of("int", List.of(0, 10), "stride", 0), Map.of("int", List.of(0, 10), "stride", 11),
                Map.of("int", List.of(0.5, 3)), Map.of("float", List.of(1.0, 1.0)), Map.of("float", List.of(1.0)),
                Map.of("values", List.of(1.0, 2.0), "shuffle", "yes"), Map.of("values_int", List.of(1, 2), "shuffle", true),
                Map.of("values", List.of(1.0, 2.0), "shift", List.of(1.0, 0.0)))) {
            assertThrows(IllegalArgumentException.class, () -> ArgGenerator.parse(bad), bad.toString());
        }
    }

    @Test
    void shouldPerturbValuesOnlyInWaysThatKeepWhatTheCaseTests() throws IOException {
        Exercise ex = exercise("{q: {values: [[3.0, 4.0, 0.0, 0.0, 12.0]], shuffle: true, flip_signs: true},"
                + " k: {values: [[0.5, 2.0, -1.0, 3.0]], shift: [-3.0, 3.0]}, v: {values: [[1.0, 2.0]]}, mask: null}");
        java.util.Set<String> orders = new java.util.HashSet<>();
        for (long variant = 0; variant < 20; variant++) {
            List<Object> args = CaseGenerator.generate(ex, ex.testCase("b"), variant);
            double[] q = ((INDArray) args.get(0)).data().asDouble();
            double[] magnitudes = java.util.Arrays.stream(q).map(Math::abs).sorted().toArray();
            assertArrayEquals(new double[] {0, 0, 3, 4, 12}, magnitudes, "a permutation with signs: the same norm");
            orders.add(java.util.Arrays.toString(q));
            double[] k = ((INDArray) args.get(1)).data().asDouble();
            double shift = k[0] - 0.5;
            assertTrue(Math.abs(shift) <= 3.0, "shift " + shift);
            assertTrue(k[3] > k[1] && k[1] > k[0] && k[0] > k[2], "the order is kept: " + java.util.Arrays.toString(k));
            assertEquals(1.0, ((INDArray) args.get(2)).getDouble(0, 0), "plain values stay as written");
        }
        assertTrue(orders.size() > 10, "orders and signs vary: " + orders.size());
        assertTrue(ex.testCase("b").arguments().get(0).generator().seeded());
        assertTrue(!ex.testCase("b").arguments().get(2).generator().seeded());
    }

    @Test
    void shouldGiveEveryHiddenCaseOfTheBankARandomPart() {
        // a hidden case made only of literals is the same in every attempt: its outcome can be learnt from practice
        List<String> fixed = new java.util.ArrayList<>();
        for (Exercise exercise : ExerciseLoader.loadAll(ExerciseLoader.defaultRoot())) {
            for (Exercise.TestCase c : exercise.cases()) {
                if (c.visible()) {
                    continue;
                }
                boolean seeded = c.arguments().stream().anyMatch(a -> a.generator().seeded());
                java.util.Set<String> variants = new java.util.HashSet<>();
                for (long variant = 1; variant <= 4; variant++) {
                    variants.add(text(CaseGenerator.generate(exercise, c, variant)));
                }
                if (!seeded || variants.size() == 1) {
                    fixed.add(exercise.id() + "/" + c.name());
                }
            }
        }
        assertEquals(List.of(), fixed, "hidden cases that every attempt gets unchanged");
    }

    private static String text(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (Object arg : args) {
            if (arg instanceof INDArray a) {
                out.append(java.util.Arrays.toString(a.castTo(DataType.DOUBLE).data().asDouble()));
            } else if (arg instanceof List<?> list) {
                list.forEach(item -> out.append(text(List.of(item))));
            } else if (arg instanceof Map<?, ?> map) {
                map.values().forEach(item -> out.append(text(List.of(item))));
            } else {
                out.append(arg);
            }
            out.append(';');
        }
        return out.toString();
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
            "713eb7bd98fcbe060db25a9e9410cacc7543383f9095154860ae16a063e17efc";
}

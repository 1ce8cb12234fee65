package io.tensorjudge.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a test case of a loaded exercise into the argument list of its function, in parameter order, as Java contract
 * values. Each argument draws from its own stream, seeded from the case seed and the argument's name (and list index
 * or dict key), so adding an argument or reordering the YAML never changes the others. Not the ND4J RNG, whose
 * streams differ between backends.
 *
 * <p>In an assessment attempt the hidden cases are generated from a per-attempt variant seed instead
 * ({@link #generate(Exercise, Exercise.TestCase, long)}), so hidden outcomes shared between candidates do not
 * transfer; visible cases, and all of practice, keep the seeds written in exercise.yaml.
 */
public final class CaseGenerator {

    private CaseGenerator() {
    }

    /** The case as exercise.yaml defines it: practice, authoring and mutation analysis. */
    public static List<Object> generate(Exercise exercise, Exercise.TestCase testCase) {
        return generateFrom(testCase, testCase.seed());
    }

    /**
     * The case as the attempt with variant seed {@code variant} gets it: a hidden case is generated from
     * {@link #variantSeed(long, long)} of the variant and its yaml seed; a visible case stays exactly as in practice.
     * Literal arguments ({@code axis: -1}, {@code values: ...}) are the same in every variant.
     */
    public static List<Object> generate(Exercise exercise, Exercise.TestCase testCase, long variant) {
        return testCase.visible() ? generate(exercise, testCase)
                : generateFrom(testCase, variantSeed(variant, testCase.seed()));
    }

    /**
     * The seed of one hidden case in one variant: SplitMix64's finalizer over both, not a small offset, so that the
     * variant seeds of one attempt lie nowhere near each other or the seeds written in exercise.yaml (which
     * {@link Source} mixes again before it seeds a stream). For a fixed variant it is injective in the
     * case seed and for a fixed case seed injective in the variant (both steps are bijections of the 64-bit words).
     */
    static long variantSeed(long variant, long caseSeed) {
        return mix64(variant + mix64(caseSeed ^ VARIANT_DOMAIN));
    }

    /** Keeps variant seeds apart from any other use of {@link #mix64} on the same numbers. */
    private static final long VARIANT_DOMAIN = 0x6A09E667F3BCC908L;

    /** SplitMix64's finalizer (Steele, Lea, Flood 2014): a bijection that spreads every input bit over the word. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<Object> generateFrom(Exercise.TestCase testCase, long seed) {
        List<Object> args = new ArrayList<>();
        for (Exercise.Argument argument : testCase.arguments()) {
            Object value = argument.generator().generate(new Source(seed, argument.name()));
            args.add(coerce(value, argument.type()));
        }
        return args;
    }

    /** Literal ints written for float params become doubles, so the Java call sees the declared type. */
    private static Object coerce(Object value, ValueType type) {
        if (type.kind() == ValueType.Kind.FLOAT && value instanceof Number n) {
            return n.doubleValue();
        }
        if (type.kind() == ValueType.Kind.INT && value instanceof Long l) {
            return Math.toIntExact(l);
        }
        return value;
    }

    /** Keeps case streams apart from variant seeds, which also come from {@link #mix64}. */
    private static final long STREAM_DOMAIN = 0xBB67AE8584CAA73BL;

    /**
     * The streams of one case. The seed goes through {@link #mix64} first: SplittableRandom(s) steps its state by its
     * own gamma, so a seed entering linearly ({@code seed * gamma + hash}) made case n+1's stream case n's shifted by
     * one draw. hashCode of a String is fixed by the JLS.
     */
    record Source(long seed, String path) implements ArgGenerator.RandomSource {
        public SplittableRandom streamFor(String p) {
            return new SplittableRandom(mix64(seed ^ STREAM_DOMAIN) + p.hashCode());
        }

        public ArgGenerator.RandomSource child(String step) {
            return new Source(seed, path + step);
        }
    }
}

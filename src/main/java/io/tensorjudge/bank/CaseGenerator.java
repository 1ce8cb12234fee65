package io.tensorjudge.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a test case of a loaded exercise into the argument list of its function, in parameter order, as Java contract
 * values. Each argument draws from its own stream, seeded from the case seed and the argument's name (and list index
 * or dict key), so adding an argument or reordering the YAML never changes the others. Not the ND4J RNG, whose
 * streams differ between backends.
 */
public final class CaseGenerator {

    private CaseGenerator() {
    }

    public static List<Object> generate(Exercise exercise, Exercise.TestCase testCase) {
        List<Object> args = new ArrayList<>();
        for (Exercise.Argument argument : testCase.arguments()) {
            Object value = argument.generator().generate(new Source(testCase.seed(), argument.name()));
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

    private record Source(long seed, String path) implements ArgGenerator.RandomSource {
        public SplittableRandom streamFor(String p) {
            // the golden-ratio multiplier spreads nearby seeds; hashCode of a String is fixed by the JLS
            return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + p.hashCode());
        }

        public ArgGenerator.RandomSource child(String step) {
            return new Source(seed, path + step);
        }
    }
}

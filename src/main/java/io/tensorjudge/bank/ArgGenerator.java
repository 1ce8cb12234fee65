package io.tensorjudge.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One argument of a test case: a YAML literal or a generator map such as {normal: [4, 5], scale: 2.0}. Parsing is
 * pure Java (it runs in the loader, before ND4J is up); {@link #generate} draws from a SplittableRandom so that the
 * values are the same on every backend and JVM.
 */
public sealed interface ArgGenerator {

    /** Produces the Java contract value (INDArray, List, Map, Integer, Double, Boolean or null). */
    Object generate(RandomSource random);

    /** Number of tensor elements this argument produces (for the size budget). */
    long elements();

    /** Whether this generator can supply a parameter of the given type. */
    boolean fits(ValueType type);

    /**
     * Whether the value depends on the seed: a hidden case needs at least one such argument, or a per-attempt
     * variant seed would not change it.
     */
    boolean seeded();

    /** Deterministic per-argument random streams derived from the case seed and the argument's path. */
    interface RandomSource {
        SplittableRandom streamFor(String path);

        String path();

        RandomSource child(String step);
    }

    record Literal(Object value) implements ArgGenerator {
        public Object generate(RandomSource random) {
            return value;
        }

        public long elements() {
            return 0;
        }

        public boolean fits(ValueType type) {
            return switch (type.kind()) {
                case INT -> value instanceof Integer || value instanceof Long;
                case FLOAT -> value instanceof Number;
                case BOOL -> value instanceof Boolean;
                case NULLABLE_ARRAY -> value == null;
                default -> false;
            };
        }

        public boolean seeded() {
            return false;
        }
    }

    /** A random int scalar: one of low, low + stride, low + 2·stride, ... up to high (both ends can come). */
    record IntRange(long low, long high, long stride) implements ArgGenerator {
        public Object generate(RandomSource random) {
            long choices = (high - low) / stride + 1;
            return low + stride * random.streamFor(random.path()).nextLong(choices);
        }

        public long elements() {
            return 0;
        }

        public boolean fits(ValueType type) {
            return type.kind() == ValueType.Kind.INT || type.kind() == ValueType.Kind.FLOAT;
        }

        public boolean seeded() {
            return high - low >= stride;
        }
    }

    /** A random float scalar, uniform in [low, high). */
    record FloatRange(double low, double high) implements ArgGenerator {
        public Object generate(RandomSource random) {
            return low + (high - low) * random.streamFor(random.path()).nextDouble();
        }

        public long elements() {
            return 0;
        }

        public boolean fits(ValueType type) {
            return type.kind() == ValueType.Kind.FLOAT;
        }

        public boolean seeded() {
            return true;
        }
    }

    enum Distribution { NORMAL, UNIFORM, RANDINT, MASK, BOOL_MASK, CONST }

    /** A random or constant tensor: a, b are the distribution's two parameters (mean/scale, low/high, keep, value). */
    record Random(Distribution distribution, long[] shape, double a, double b) implements ArgGenerator {
        public Object generate(RandomSource random) {
            SplittableRandom rng = random.streamFor(random.path());
            int n = Math.toIntExact(elements());
            switch (distribution) {
                case RANDINT: {
                    long[] values = new long[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = rng.nextLong((long) a, (long) b);
                    }
                    return Tensors.longs(values, shape);
                }
                case BOOL_MASK: {
                    boolean[] values = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = rng.nextDouble() < a;
                    }
                    atLeastOneTruePerRow(values, shape.length == 0 ? 1 : (int) shape[shape.length - 1], rng);
                    return Tensors.bools(values, shape);
                }
                default: {
                    double[] values = new double[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = draw(rng);
                    }
                    return Tensors.doubles(values, shape);
                }
            }
        }

        private double draw(SplittableRandom rng) {
            return switch (distribution) {
                case NORMAL -> a + b * gaussian(rng);
                case UNIFORM -> a + (b - a) * rng.nextDouble();
                case MASK -> rng.nextDouble() < a ? 1.0 : 0.0;
                case CONST -> a;
                default -> throw new IllegalStateException(distribution.name());
            };
        }

        public long elements() {
            return Tensors.count(shape);
        }

        public boolean fits(ValueType type) {
            return type.kind() == ValueType.Kind.ARRAY || type.kind() == ValueType.Kind.NULLABLE_ARRAY;
        }

        public boolean seeded() {
            return switch (distribution) {
                case NORMAL, UNIFORM -> true;
                case RANDINT -> b - a > 1;
                case MASK -> a > 0 && a < 1;
                // p_true 0 still picks one True per row at random
                case BOOL_MASK -> a < 1 && (a > 0 || (shape.length > 0 && shape[shape.length - 1] > 1));
                case CONST -> false;
            };
        }
    }

    /** An explicit array: nested YAML lists of floats, ints or booleans. */
    record Values(List<Object> flat, long[] shape, Class<?> elementType, ValuesPerturbation perturbation)
            implements ArgGenerator {
        public Object generate(RandomSource random) {
            int n = flat.size();
            if (elementType == Long.class) {
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = ((Number) flat.get(i)).longValue();
                }
                return Tensors.longs(values, shape);
            }
            if (elementType == Boolean.class) {
                boolean[] values = new boolean[n];
                for (int i = 0; i < n; i++) {
                    values[i] = (Boolean) flat.get(i);
                }
                return Tensors.bools(values, shape);
            }
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = ((Number) flat.get(i)).doubleValue();
            }
            if (seeded()) {
                perturbation.apply(values, random.streamFor(random.path()));
            }
            return Tensors.doubles(values, shape);
        }

        public long elements() {
            return flat.size();
        }

        public boolean fits(ValueType type) {
            return type.kind() == ValueType.Kind.ARRAY || type.kind() == ValueType.Kind.NULLABLE_ARRAY;
        }

        public boolean seeded() {
            return perturbation.seeded(flat.size());
        }
    }

    record ListOf(List<ArgGenerator> items) implements ArgGenerator {
        public Object generate(RandomSource random) {
            List<INDArray> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                out.add((INDArray) items.get(i).generate(random.child("[" + i + "]")));
            }
            return out;
        }

        public long elements() {
            return items.stream().mapToLong(ArgGenerator::elements).sum();
        }

        public boolean fits(ValueType type) {
            return type.kind() == ValueType.Kind.LIST_OF_ARRAYS;
        }

        public boolean seeded() {
            return items.stream().anyMatch(ArgGenerator::seeded);
        }
    }

    record DictOf(LinkedHashMap<String, ArgGenerator> items) implements ArgGenerator {
        public Object generate(RandomSource random) {
            Map<String, INDArray> out = new LinkedHashMap<>();
            items.forEach((key, gen) -> out.put(key, (INDArray) gen.generate(random.child("." + key))));
            return out;
        }

        public long elements() {
            return items.values().stream().mapToLong(ArgGenerator::elements).sum();
        }

        public boolean fits(ValueType type) {
            return type.kind() == ValueType.Kind.DICT_OF_ARRAYS;
        }

        public boolean seeded() {
            return items.values().stream().anyMatch(ArgGenerator::seeded);
        }
    }

    /** Parses a raw YAML value; the message of the IllegalArgumentException says what is wrong. */
    static ArgGenerator parse(Object raw) {
        return ArgGeneratorParser.parse(raw);
    }

    /** Standard normal by Box-Muller on StrictMath, so the stream is identical on every JVM. */
    private static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    private static void atLeastOneTruePerRow(boolean[] values, int rowLength, SplittableRandom rng) {
        for (int start = 0; start < values.length; start += rowLength) {
            boolean any = false;
            for (int i = start; i < start + rowLength && !any; i++) {
                any = values[i];
            }
            if (!any) {
                values[start + rng.nextInt(rowLength)] = true;
            }
        }
    }
}

package io.tensorjudge.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
    }

    /** An explicit array: nested YAML lists of floats, ints or booleans. */
    record Values(List<Object> flat, long[] shape, Class<?> elementType) implements ArgGenerator {
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
            return Tensors.doubles(values, shape);
        }

        public long elements() {
            return flat.size();
        }

        public boolean fits(ValueType type) {
            return type.kind() == ValueType.Kind.ARRAY || type.kind() == ValueType.Kind.NULLABLE_ARRAY;
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
    }

    // ---- parsing ----------------------------------------------------------------------------------------------

    Map<String, Set<String>> OPTIONS = Map.ofEntries(
            Map.entry("normal", Set.of("mean", "scale")),
            Map.entry("uniform", Set.of("low", "high")),
            Map.entry("randint", Set.of("low", "high")),
            Map.entry("mask", Set.of("keep")),
            Map.entry("bool_mask", Set.of("p_true")),
            Map.entry("const", Set.of("value")),
            Map.entry("values", Set.of()),
            Map.entry("values_int", Set.of()),
            Map.entry("values_bool", Set.of()),
            Map.entry("list", Set.of()),
            Map.entry("dict", Set.of()));

    /** Parses a raw YAML value; the message of the IllegalArgumentException says what is wrong. */
    static ArgGenerator parse(Object raw) {
        if (raw == null || raw instanceof Number || raw instanceof Boolean) {
            return new Literal(raw instanceof Long l && l == l.intValue() ? Integer.valueOf(l.intValue()) : raw);
        }
        if (raw instanceof String s) {
            throw new IllegalArgumentException("'" + s + "' is a string; use a number (floats with a dot, e.g. 1.0e-4), "
                    + "true/false, null or a generator map");
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expected a literal or a generator map, got a list");
        }
        List<String> kinds = map.keySet().stream().map(String::valueOf).filter(OPTIONS::containsKey).toList();
        if (kinds.size() != 1) {
            throw new IllegalArgumentException("a generator map needs exactly one of " + OPTIONS.keySet().stream().sorted().toList()
                    + ", found " + map.keySet());
        }
        String kind = kinds.get(0);
        for (Object key : map.keySet()) {
            if (!key.equals(kind) && !OPTIONS.get(kind).contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown option '" + key + "' for " + kind + " (allowed: "
                        + OPTIONS.get(kind) + ")");
            }
        }
        Object body = map.get(kind);
        return switch (kind) {
            case "normal" -> random(Distribution.NORMAL, body, number(map, "mean", 0.0), positive(map, "scale", 1.0));
            case "uniform" -> {
                double low = number(map, "low", -1.0);
                double high = number(map, "high", 1.0);
                if (!(low < high)) {
                    throw new IllegalArgumentException("uniform needs low < high");
                }
                yield random(Distribution.UNIFORM, body, low, high);
            }
            case "randint" -> {
                long low = integer(map, "low", 0);
                long high = integer(map, "high", 10);
                if (low >= high) {
                    throw new IllegalArgumentException("randint needs low < high (high is exclusive)");
                }
                yield random(Distribution.RANDINT, body, low, high);
            }
            case "mask" -> random(Distribution.MASK, body, probability(map, "keep", 0.5), 0);
            case "bool_mask" -> random(Distribution.BOOL_MASK, body, probability(map, "p_true", 0.5), 0);
            case "const" -> {
                if (!(map.get("value") instanceof Number value)) {
                    throw new IllegalArgumentException("const needs a numeric 'value'");
                }
                yield random(Distribution.CONST, body, value.doubleValue(), 0);
            }
            case "values" -> values(body, Double.class);
            case "values_int" -> values(body, Long.class);
            case "values_bool" -> values(body, Boolean.class);
            case "list" -> {
                if (!(body instanceof List<?> items) || items.isEmpty()) {
                    throw new IllegalArgumentException("list needs a non-empty list of array generators");
                }
                List<ArgGenerator> parsed = new ArrayList<>();
                for (Object item : items) {
                    parsed.add(arrayGenerator(item, "list item"));
                }
                yield new ListOf(List.copyOf(parsed));
            }
            case "dict" -> {
                if (!(body instanceof Map<?, ?> entries) || entries.isEmpty()) {
                    throw new IllegalArgumentException("dict needs a non-empty map of name: array generator");
                }
                LinkedHashMap<String, ArgGenerator> parsed = new LinkedHashMap<>();
                entries.forEach((k, v) -> parsed.put(String.valueOf(k), arrayGenerator(v, "dict entry '" + k + "'")));
                yield new DictOf(parsed);
            }
            default -> throw new IllegalStateException(kind);
        };
    }

    private static ArgGenerator arrayGenerator(Object raw, String what) {
        ArgGenerator gen = parse(raw);
        if (!(gen instanceof Random || gen instanceof Values)) {
            throw new IllegalArgumentException(what + " must be an array generator");
        }
        return gen;
    }

    private static Random random(Distribution distribution, Object shape, double a, double b) {
        return new Random(distribution, shape(shape), a, b);
    }

    private static long[] shape(Object raw) {
        if (!(raw instanceof List<?> dims)) {
            throw new IllegalArgumentException("the shape must be a list of positive ints, e.g. [4, 5]");
        }
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(dims.get(i) instanceof Integer d) || d < 1) {
                throw new IllegalArgumentException("the shape must be a list of positive ints, got " + dims);
            }
            shape[i] = d;
        }
        return shape;
    }

    private static double number(Map<?, ?> map, String key, double fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return n.doubleValue();
    }

    private static double positive(Map<?, ?> map, String key, double fallback) {
        double v = number(map, key, fallback);
        if (!(v > 0)) {
            throw new IllegalArgumentException("'" + key + "' must be > 0");
        }
        return v;
    }

    private static double probability(Map<?, ?> map, String key, double fallback) {
        double v = number(map, key, fallback);
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("'" + key + "' must be in [0, 1]");
        }
        return v;
    }

    private static long integer(Map<?, ?> map, String key, long fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer || v instanceof Long)) {
            throw new IllegalArgumentException("'" + key + "' must be an int");
        }
        return ((Number) v).longValue();
    }

    private static Values values(Object body, Class<?> elementType) {
        List<Long> shape = new ArrayList<>();
        List<Object> flat = new ArrayList<>();
        collect(body, 0, shape, flat, elementType);
        return new Values(List.copyOf(flat), shape.stream().mapToLong(Long::longValue).toArray(), elementType);
    }

    private static void collect(Object node, int depth, List<Long> shape, List<Object> flat, Class<?> type) {
        if (node instanceof List<?> items) {
            if (items.isEmpty()) {
                throw new IllegalArgumentException("values must not contain empty lists");
            }
            if (shape.size() == depth) {
                shape.add((long) items.size());
            } else if (shape.size() < depth || shape.get(depth) != items.size()) {
                throw new IllegalArgumentException("values must be rectangular (ragged at depth " + depth + ")");
            }
            for (Object item : items) {
                collect(item, depth + 1, shape, flat, type);
            }
            return;
        }
        if (depth != shape.size()) {
            throw new IllegalArgumentException("values must be rectangular (ragged at depth " + depth + ")");
        }
        boolean ok = type == Boolean.class ? node instanceof Boolean
                : type == Long.class ? (node instanceof Integer || node instanceof Long)
                : node instanceof Number;
        if (!ok) {
            throw new IllegalArgumentException("values" + (type == Long.class ? "_int" : type == Boolean.class ? "_bool" : "")
                    + " holds '" + node + "', which is not a " + type.getSimpleName().toLowerCase());
        }
        flat.add(node);
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

    /** Array construction kept in one place (float64, int64 and bool, C order). */
    final class Tensors {
        private Tensors() {
        }

        static long count(long[] shape) {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            return n;
        }

        static INDArray doubles(double[] values, long[] shape) {
            return shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape);
        }

        static INDArray longs(long[] values, long[] shape) {
            return shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape);
        }

        static INDArray bools(boolean[] values, long[] shape) {
            return shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape);
        }
    }
}

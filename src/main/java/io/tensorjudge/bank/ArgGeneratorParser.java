package io.tensorjudge.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an {@link ArgGenerator} from the YAML of a case argument, with a message that says what is wrong. */
final class ArgGeneratorParser {

    private ArgGeneratorParser() {
    }

    /** Generator kinds and the options each accepts (the kind's own key holds its shape or values). */
    static final Map<String, Set<String>> OPTIONS = Map.ofEntries(
            Map.entry("normal", Set.of("mean", "scale")),
            Map.entry("uniform", Set.of("low", "high")),
            Map.entry("randint", Set.of("low", "high")),
            Map.entry("mask", Set.of("keep")),
            Map.entry("bool_mask", Set.of("p_true")),
            Map.entry("const", Set.of("value")),
            Map.entry("int", Set.of("stride")),
            Map.entry("float", Set.of()),
            Map.entry("values", Set.of("shuffle", "flip_signs", "shift")),
            Map.entry("values_int", Set.of()),
            Map.entry("values_bool", Set.of()),
            Map.entry("list", Set.of()),
            Map.entry("dict", Set.of()));

    static ArgGenerator parse(Object raw) {
        if (raw == null || raw instanceof Number || raw instanceof Boolean) {
            return new ArgGenerator.Literal(raw instanceof Long l && l == l.intValue() ? Integer.valueOf(l.intValue()) : raw);
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
            case "normal" -> random(ArgGenerator.Distribution.NORMAL, body, number(map, "mean", 0.0), positive(map, "scale", 1.0));
            case "uniform" -> {
                double low = number(map, "low", -1.0);
                double high = number(map, "high", 1.0);
                if (!(low < high)) {
                    throw new IllegalArgumentException("uniform needs low < high");
                }
                yield random(ArgGenerator.Distribution.UNIFORM, body, low, high);
            }
            case "randint" -> {
                long low = integer(map, "low", 0);
                long high = integer(map, "high", 10);
                if (low >= high) {
                    throw new IllegalArgumentException("randint needs low < high (high is exclusive)");
                }
                yield random(ArgGenerator.Distribution.RANDINT, body, low, high);
            }
            case "mask" -> random(ArgGenerator.Distribution.MASK, body, probability(map, "keep", 0.5), 0);
            case "bool_mask" -> random(ArgGenerator.Distribution.BOOL_MASK, body, probability(map, "p_true", 0.5), 0);
            case "const" -> {
                if (!(map.get("value") instanceof Number value)) {
                    throw new IllegalArgumentException("const needs a numeric 'value'");
                }
                yield random(ArgGenerator.Distribution.CONST, body, value.doubleValue(), 0);
            }
            case "int" -> intRange(body, integer(map, "stride", 1));
            case "float" -> {
                double[] range = range(body, "float");
                yield new ArgGenerator.FloatRange(range[0], range[1]);
            }
            case "values" -> {
                ArgGenerator.Values values = values(body, Double.class);
                double[] shift = map.containsKey("shift") ? range(map.get("shift"), "shift") : null;
                yield new ArgGenerator.Values(values.flat(), values.shape(), Double.class,
                        new ValuesPerturbation(flag(map, "shuffle"), flag(map, "flip_signs"), shift));
            }
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
                yield new ArgGenerator.ListOf(List.copyOf(parsed));
            }
            case "dict" -> {
                if (!(body instanceof Map<?, ?> entries) || entries.isEmpty()) {
                    throw new IllegalArgumentException("dict needs a non-empty map of name: array generator");
                }
                LinkedHashMap<String, ArgGenerator> parsed = new LinkedHashMap<>();
                entries.forEach((k, v) -> parsed.put(String.valueOf(k), arrayGenerator(v, "dict entry '" + k + "'")));
                yield new ArgGenerator.DictOf(parsed);
            }
            default -> throw new IllegalStateException(kind);
        };
    }

    /** Java ints only: every int param is an {@code int} in Java. */
    private static ArgGenerator intRange(Object body, long stride) {
        if (!(body instanceof List<?> bounds) || bounds.size() != 2
                || !(bounds.get(0) instanceof Integer low) || !(bounds.get(1) instanceof Integer high)) {
            throw new IllegalArgumentException("int needs [low, high], two ints (both can come)");
        }
        if (stride < 1) {
            throw new IllegalArgumentException("'stride' must be >= 1");
        }
        if ((long) low + stride > high) {
            throw new IllegalArgumentException("int needs low + stride <= high (at least two values), got [" + low
                    + ", " + high + "] with stride " + stride + "; write a literal for one value");
        }
        return new ArgGenerator.IntRange(low, high, stride);
    }

    private static double[] range(Object body, String what) {
        if (!(body instanceof List<?> bounds) || bounds.size() != 2
                || !(bounds.get(0) instanceof Number low) || !(bounds.get(1) instanceof Number high)) {
            throw new IllegalArgumentException(what + " needs [low, high], two numbers");
        }
        if (!(low.doubleValue() < high.doubleValue())) {
            throw new IllegalArgumentException(what + " needs low < high");
        }
        return new double[] {low.doubleValue(), high.doubleValue()};
    }

    private static boolean flag(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v != null && !(v instanceof Boolean)) {
            throw new IllegalArgumentException("'" + key + "' must be true or false");
        }
        return Boolean.TRUE.equals(v);
    }

    private static ArgGenerator arrayGenerator(Object raw, String what) {
        ArgGenerator gen = parse(raw);
        if (!(gen instanceof ArgGenerator.Random || gen instanceof ArgGenerator.Values)) {
            throw new IllegalArgumentException(what + " must be an array generator");
        }
        return gen;
    }

    private static ArgGenerator.Random random(ArgGenerator.Distribution distribution, Object shape, double a, double b) {
        return new ArgGenerator.Random(distribution, shape(shape), a, b);
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

    private static ArgGenerator.Values values(Object body, Class<?> elementType) {
        List<Long> shape = new ArrayList<>();
        List<Object> flat = new ArrayList<>();
        collect(body, 0, shape, flat, elementType);
        return new ArgGenerator.Values(List.copyOf(flat), shape.stream().mapToLong(Long::longValue).toArray(), elementType,
                ValuesPerturbation.NONE);
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
}

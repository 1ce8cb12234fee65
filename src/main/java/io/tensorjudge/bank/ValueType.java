package io.tensorjudge.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter or return type of an exercise, as written in exercise.yaml, and the Java contract type it maps to.
 */
public record ValueType(Kind kind, List<ValueType> items) {

    public enum Kind { ARRAY, NULLABLE_ARRAY, INT, FLOAT, BOOL, LIST_OF_ARRAYS, DICT_OF_ARRAYS, TUPLE }

    public static ValueType parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing type");
        }
        String t = text.strip();
        switch (t) {
            case "array": return of(Kind.ARRAY);
            case "array?": return of(Kind.NULLABLE_ARRAY);
            case "int": return of(Kind.INT);
            case "float": return of(Kind.FLOAT);
            case "bool": return of(Kind.BOOL);
            case "list[array]": return of(Kind.LIST_OF_ARRAYS);
            case "dict[array]": return of(Kind.DICT_OF_ARRAYS);
            default: break;
        }
        if (t.startsWith("tuple[") && t.endsWith("]")) {
            List<ValueType> items = new ArrayList<>();
            for (String part : splitTopLevel(t.substring(6, t.length() - 1))) {
                ValueType item = parse(part);
                if (item.kind == Kind.TUPLE || item.kind == Kind.NULLABLE_ARRAY) {
                    throw new IllegalArgumentException("unsupported tuple element '" + part.strip() + "'");
                }
                items.add(item);
            }
            if (items.size() < 2) {
                throw new IllegalArgumentException("a tuple needs at least two elements: '" + t + "'");
            }
            return new ValueType(Kind.TUPLE, List.copyOf(items));
        }
        throw new IllegalArgumentException("unknown type '" + t + "' (array, array?, int, float, bool, list[array], "
                + "dict[array], tuple[...])");
    }

    private static ValueType of(Kind kind) {
        return new ValueType(kind, List.of());
    }

    /** True for a tuple whose elements are all arrays: its Java form is INDArray[] rather than Object[]. */
    public boolean isArrayTuple() {
        return kind == Kind.TUPLE && items.stream().allMatch(i -> i.kind == Kind.ARRAY);
    }

    /** The Java contract type, as it appears in a Solution signature (without spaces inside generics). */
    public String javaType() {
        return switch (kind) {
            case ARRAY, NULLABLE_ARRAY -> "INDArray";
            case INT -> "int";
            case FLOAT -> "double";
            case BOOL -> "boolean";
            case LIST_OF_ARRAYS -> "List<INDArray>";
            case DICT_OF_ARRAYS -> "Map<String,INDArray>";
            case TUPLE -> isArrayTuple() ? "INDArray[]" : "Object[]";
        };
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '[' || ch == '<') {
                depth++;
            } else if (ch == ']' || ch == '>') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    static List<String> splitParams(String text) {
        List<String> parts = new ArrayList<>();
        if (text.isBlank()) {
            return parts;
        }
        for (String part : splitTopLevel(text)) {
            parts.add(part.strip());
        }
        return parts;
    }
}

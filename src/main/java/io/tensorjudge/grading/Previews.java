package io.tensorjudge.grading;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Short, bounded text previews of contract values for visible test feedback. */
final class Previews {

    private static final int MAX_ELEMENTS = 12;
    private static final int MAX_CHARS = 600;

    private Previews() {
    }

    static String of(Object value) {
        String text = render(value);
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + " …";
    }

    static String ofArgs(List<String> names, List<Object> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append("\n");
            }
            text.append(names.get(i)).append(" = ").append(render(values.get(i)));
        }
        return text.length() <= 4 * MAX_CHARS ? text.toString() : text.substring(0, 4 * MAX_CHARS) + " …";
    }

    private static String render(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof INDArray array) {
            return array(array);
        }
        if (value instanceof Object[] tuple) {
            return Arrays.stream(tuple).map(Previews::render).collect(Collectors.joining(", ", "(", ")"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Previews::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + render(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    private static String array(INDArray array) {
        String type = switch (array.dataType()) {
            case DOUBLE -> "float64";
            case FLOAT -> "float32";
            case LONG -> "int64";
            case INT -> "int32";
            case BOOL -> "bool";
            default -> array.dataType().name().toLowerCase();
        };
        if (array.rank() == 0) {
            return array.getDouble(0) + " (" + type + ")";
        }
        INDArray flat = Nd4j.toFlattened('c', array);
        long n = flat.length();
        StringBuilder text = new StringBuilder("array(shape=").append(Arrays.toString(array.shape()))
                .append(", ").append(type).append(") [");
        for (long i = 0; i < Math.min(n, MAX_ELEMENTS); i++) {
            if (i > 0) {
                text.append(", ");
            }
            double v = flat.getDouble(i);
            text.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format("%.6g", v));
        }
        if (n > MAX_ELEMENTS) {
            text.append(", … ").append(n - MAX_ELEMENTS).append(" more");
        }
        return text.append("]").toString();
    }
}

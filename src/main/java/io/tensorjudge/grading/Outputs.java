package io.tensorjudge.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Navigation helpers over contract values shared by the property checks. */
final class Outputs {

    private Outputs() {
    }

    /** The elements of a tuple (INDArray[] or Object[]) or list, or the value itself as a one-element list. */
    static List<Object> elements(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return List.of(value);
    }

    /** Every array (or scalar) inside a value, depth first. */
    static List<Object> leaves(Object value) {
        List<Object> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<Object> out) {
        if (value instanceof Object[] array) {
            for (Object v : array) {
                collect(v, out);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (value != null) {
            out.add(value);
        }
    }

    static INDArray lastArray(Object value) {
        List<Object> items = elements(value);
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) instanceof INDArray a) {
                return a;
            }
        }
        return null;
    }

    static INDArray firstArray(Object value) {
        for (Object item : elements(value)) {
            if (item instanceof INDArray a) {
                return a;
            }
        }
        return null;
    }
}

package io.tensorjudge.grading;

import io.tensorjudge.bank.Tolerance;
import io.tensorjudge.reference.ReferenceFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a property check may look at for one case: the parameter names, the inputs as generated, the same input objects
 * after the candidate's call, the candidate's output, the reference output and the reference function itself (some
 * checks re-run it on modified inputs).
 */
public record PropertyContext(List<String> paramNames, List<Object> inputs, List<Object> inputsAfterCall,
        Object actual, Object expected, ReferenceFunction reference, Tolerance tolerance) {

    /** The input named {@code name}, or null when the exercise has no such parameter. */
    public Object input(String name) {
        int i = paramNames.indexOf(name);
        return i < 0 ? null : inputs.get(i);
    }

    /** A deep copy of contract values, taken before a call so that in-place changes can be detected. */
    public static List<Object> snapshot(List<Object> values) {
        List<Object> copy = new ArrayList<>(values.size());
        for (Object v : values) {
            copy.add(copy(v));
        }
        return copy;
    }

    static Object copy(Object value) {
        if (value instanceof INDArray a) {
            return a.dup();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(copy(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof Object[] array) {
            Object[] out = new Object[array.length];
            for (int i = 0; i < array.length; i++) {
                out[i] = copy(array[i]);
            }
            return out;
        }
        return value;
    }
}

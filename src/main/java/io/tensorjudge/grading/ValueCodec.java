package io.tensorjudge.grading;

import io.tensorjudge.wire.BoolValue;
import io.tensorjudge.wire.DictValue;
import io.tensorjudge.wire.FloatValue;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.ListValue;
import io.tensorjudge.wire.NdArray;
import io.tensorjudge.wire.NoneValue;
import io.tensorjudge.wire.TupleValue;
import io.tensorjudge.wire.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Converts between the Java contract values of the reference (INDArray, Double, Long, Boolean, null, List, Map,
 * Object[] / INDArray[] tuples) and the ND4J-free {@link Value}s that cross the sandbox boundary.
 */
public final class ValueCodec {

    private ValueCodec() {
    }

    /** A reference-side value (a generated input) as it is sent into the sandbox. */
    public static Value toValue(Object value) {
        if (value == null) {
            return NoneValue.INSTANCE;
        }
        if (value instanceof INDArray array) {
            return toNdArray(array);
        }
        if (value instanceof Double || value instanceof Float) {
            return new FloatValue(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return new IntValue(n.longValue());
        }
        if (value instanceof Boolean b) {
            return new BoolValue(b);
        }
        if (value instanceof Object[] tuple) {
            List<Value> items = new ArrayList<>();
            for (Object item : tuple) {
                items.add(toValue(item));
            }
            return new TupleValue(items);
        }
        if (value instanceof List<?> list) {
            return new ListValue(list.stream().map(ValueCodec::toValue).toList());
        }
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), toValue(v)));
            return new DictValue(entries);
        }
        throw new IllegalArgumentException("cannot send a " + value.getClass().getSimpleName() + " to the sandbox");
    }

    /** A value that came out of the sandbox, in the form the comparator and property checks expect. */
    public static Object fromValue(Value value) {
        if (value instanceof FloatValue f) {
            return f.value();
        }
        if (value instanceof IntValue i) {
            return i.value();
        }
        if (value instanceof BoolValue b) {
            return b.value();
        }
        if (value instanceof NdArray array) {
            return toIndArray(array);
        }
        if (value instanceof TupleValue tuple) {
            return tuple.items().stream().map(ValueCodec::fromValue).toArray();
        }
        if (value instanceof ListValue list) {
            return list.items().stream().map(ValueCodec::fromValue).toList();
        }
        if (value instanceof DictValue dict) {
            Map<String, Object> map = new LinkedHashMap<>();
            dict.entries().forEach((k, v) -> map.put(k, fromValue(v)));
            return map;
        }
        return null;
    }

    static NdArray toNdArray(INDArray array) {
        long[] shape = array.shape();
        INDArray flat = Nd4j.toFlattened('c', array);
        return switch (array.dataType()) {
            case DOUBLE -> NdArray.ofDoubles(flat.toDoubleVector(), shape);
            case FLOAT -> NdArray.ofFloats(flat.toFloatVector(), shape);
            case LONG -> NdArray.ofLongs(flat.toLongVector(), shape);
            case INT -> NdArray.ofInts(flat.toIntVector(), shape);
            case BOOL -> {
                int[] ints = flat.castTo(DataType.INT).toIntVector();
                boolean[] bools = new boolean[ints.length];
                for (int i = 0; i < ints.length; i++) {
                    bools[i] = ints[i] != 0;
                }
                yield NdArray.ofBooleans(bools, shape);
            }
            default -> throw new IllegalArgumentException("unsupported array type " + array.dataType());
        };
    }

    static INDArray toIndArray(NdArray array) {
        long[] shape = array.shape();
        INDArray flat = switch (array.dtype()) {
            case FLOAT64 -> Nd4j.createFromArray(array.toDoubles());
            case FLOAT32 -> Nd4j.createFromArray(toFloats(array.toDoubles()));
            case INT64 -> Nd4j.createFromArray(array.toLongs());
            case INT32 -> Nd4j.createFromArray(toInts(array.toLongs()));
            case BOOL -> Nd4j.createFromArray(toBooleans(array.toLongs()));
        };
        if (shape.length == 0) {
            return flat.reshape(new long[0]);
        }
        return flat.reshape('c', shape);
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private static int[] toInts(long[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }

    private static boolean[] toBooleans(long[] values) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] != 0;
        }
        return out;
    }

}

package io.tensorjudge.wire;

import java.util.List;

/** A Python tuple / Java {@code INDArray[]} or {@code Object[]}. */
public record TupleValue(List<Value> items) implements Value {
    public TupleValue {
        items = List.copyOf(items);
    }
}

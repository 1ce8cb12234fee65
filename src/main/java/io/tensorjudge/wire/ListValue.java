package io.tensorjudge.wire;

import java.util.List;

/** A Python list / Java {@code List}. */
public record ListValue(List<Value> items) implements Value {
    public ListValue {
        items = List.copyOf(items);
    }
}

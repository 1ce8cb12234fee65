package io.tensorjudge.wire;

import java.util.LinkedHashMap;

/** A Python dict / Java {@code Map<String, ...>} with string keys, in insertion order. */
public record DictValue(LinkedHashMap<String, Value> entries) implements Value {
    public DictValue {
        entries = new LinkedHashMap<>(entries);
    }

    @Override
    public LinkedHashMap<String, Value> entries() {
        return new LinkedHashMap<>(entries);
    }
}

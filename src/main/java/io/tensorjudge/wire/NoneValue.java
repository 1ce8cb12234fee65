package io.tensorjudge.wire;

/** Python None / Java null. */
public record NoneValue() implements Value {
    public static final NoneValue INSTANCE = new NoneValue();
}

package io.tensorjudge.wire;

/** A Python int / Java int or long. */
public record IntValue(long value) implements Value {
}

package io.tensorjudge.wire;

/** A Python float / Java double. */
public record FloatValue(double value) implements Value {
}

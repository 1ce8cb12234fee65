package io.tensorjudge.wire;

/** A Python bool / Java boolean. */
public record BoolValue(boolean value) implements Value {
}

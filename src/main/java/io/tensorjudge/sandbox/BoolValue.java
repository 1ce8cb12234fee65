package io.tensorjudge.sandbox;

/** A Python bool / Java boolean. */
public record BoolValue(boolean value) implements Value {
}

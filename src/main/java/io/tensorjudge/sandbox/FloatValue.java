package io.tensorjudge.sandbox;

/** A Python float / Java double. */
public record FloatValue(double value) implements Value {
}

package io.tensorjudge.sandbox;

import io.tensorjudge.wire.Value;

import java.util.List;
import java.util.Objects;

/** One call of the candidate's function: a name (for reporting) and the positional arguments. */
public record SandboxCase(String name, List<Value> args) {
    public SandboxCase {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
    }
}

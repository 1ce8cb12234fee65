package io.tensorjudge.common;

import java.util.List;

/**
 * A request the domain refuses, named by what went wrong; {@code web} decides what that means over HTTP (one
 * mapping class there), so no domain code knows status codes.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Invalid, Conflict, Forbidden, TooLarge, Busy, Unavailable, Gone {

    private final List<FieldProblem> fields;

    protected DomainException(String message, List<FieldProblem> fields) {
        super(message);
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The fields at fault, if the problem is in the request's content; empty otherwise. */
    public List<FieldProblem> fields() {
        return fields;
    }

    static String describe(List<FieldProblem> fields) {
        return fields.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request.");
    }
}

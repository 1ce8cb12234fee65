package io.tensorjudge.common;

import java.util.List;

/** A field is larger than the limit. */
public final class TooLarge extends DomainException {

    public TooLarge(String field, String message) {
        super(message, List.of(new FieldProblem(field, message)));
    }
}

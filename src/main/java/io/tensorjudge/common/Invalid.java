package io.tensorjudge.common;

import java.util.List;

/** The request's content breaks a rule; each problem names its field. */
public final class Invalid extends DomainException {

    public Invalid(List<FieldProblem> fields) {
        super(describe(fields), fields);
    }

    public Invalid(String message, List<FieldProblem> fields) {
        super(message, fields);
    }

    public static Invalid field(String field, String message) {
        return new Invalid(message, List.of(new FieldProblem(field, message)));
    }
}

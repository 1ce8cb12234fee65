package io.tensorjudge.common;

import java.util.List;

/** Not possible in the current state (an attempt already finished, a draft that failed validation). */
public final class Conflict extends DomainException {

    public Conflict(String message) {
        super(message, null);
    }

    public Conflict(String message, List<FieldProblem> reasons) {
        super(message, reasons);
    }
}

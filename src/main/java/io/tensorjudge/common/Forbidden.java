package io.tensorjudge.common;

/** The caller is known, but the rules do not allow this action (e.g. running tests where an assessment forbids it). */
public final class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message, null);
    }
}

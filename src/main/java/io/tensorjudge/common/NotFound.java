package io.tensorjudge.common;

/** The thing asked for does not exist, or the caller may not know that it does (both answer the same). */
public final class NotFound extends DomainException {

    public NotFound(String message) {
        super(message, null);
    }

    /** "No question with id 'x'." */
    public static NotFound of(String what, String id) {
        return new NotFound("No " + what + " with id '" + id + "'.");
    }
}

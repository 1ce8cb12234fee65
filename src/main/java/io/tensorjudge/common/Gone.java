package io.tensorjudge.common;

/** It existed and was withdrawn on purpose (a revoked invite): unlike {@link NotFound}, the caller may know. */
public final class Gone extends DomainException {

    public Gone(String message) {
        super(message, null);
    }
}

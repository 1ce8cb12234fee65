package io.tensorjudge.common;

/** A capability this server cannot offer now (e.g. no usable sandbox); retry after {@code retryAfterSeconds}. */
public final class Unavailable extends DomainException {

    private final long retryAfterSeconds;

    public Unavailable(String message, long retryAfterSeconds) {
        super(message, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

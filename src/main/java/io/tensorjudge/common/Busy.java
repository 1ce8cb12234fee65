package io.tensorjudge.common;

/** Too much at once (a full queue, too many tries): the same request may succeed after {@code retryAfterSeconds}. */
public final class Busy extends DomainException {

    private final long retryAfterSeconds;

    public Busy(String message, long retryAfterSeconds) {
        super(message, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

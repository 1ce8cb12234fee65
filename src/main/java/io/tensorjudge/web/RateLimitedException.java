package io.tensorjudge.web;

/** A client went over its per-minute allowance. */
class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

package io.tensorjudge.grading;

/** A submission that cannot be accepted; {@code status} is the HTTP status the API answers with. */
public class SubmissionRejectedException extends RuntimeException {

    private final int status;
    private final String field;
    private final long retryAfterSeconds;

    public SubmissionRejectedException(int status, String field, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static SubmissionRejectedException badRequest(String field, String message) {
        return new SubmissionRejectedException(400, field, message, 0);
    }

    public int status() {
        return status;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    /** For 429 and 503: when to try again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

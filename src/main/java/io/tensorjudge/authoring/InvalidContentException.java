package io.tensorjudge.authoring;

/** Authored content that cannot be used: the message says where ("file:line: problem") and what. */
public class InvalidContentException extends RuntimeException {

    private final String field;

    public InvalidContentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

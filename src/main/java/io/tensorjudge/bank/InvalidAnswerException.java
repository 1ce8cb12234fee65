package io.tensorjudge.bank;

/** An answer that names keys the question does not have, or none at all. */
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String message) {
        super(message);
    }
}

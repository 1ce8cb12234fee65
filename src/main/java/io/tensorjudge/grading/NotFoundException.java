package io.tensorjudge.grading;

/** No exercise or submission with this id. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("No " + what + " with id '" + id + "'.");
    }
}

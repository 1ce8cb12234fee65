package io.tensorjudge.authoring;

/** No exercise or question with that id (or version). */
public class UnknownItemException extends RuntimeException {

    public UnknownItemException(String kind, String id) {
        super("no " + kind + " '" + id + "'");
    }
}

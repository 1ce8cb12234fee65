package io.tensorjudge.sandbox;

/** The sandbox wrote something that does not follow the protocol. */
public final class WireException extends Exception {
    WireException(String message) {
        super(message);
    }
}

package io.tensorjudge.wire;

/** The sandbox wrote something that does not follow the protocol. */
public final class WireException extends Exception {
    public WireException(String message) {
        super(message);
    }
}

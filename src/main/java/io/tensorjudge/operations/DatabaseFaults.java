package io.tensorjudge.operations;

import io.tensorjudge.common.Unavailable;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a lost database from a bug. While the database is unreachable (stopped, restarting, failing over, network
 * cut) requests fail with a {@link SQLException} of class 08 (connection exception) or 57P (the server is shutting
 * down or starting up), a refused socket, or the pool's acquisition timeout; those are answered as a retryable
 * {@link Unavailable} (503 with Retry-After) instead of a 500, and nothing was acknowledged, so nothing is lost.
 * The pool opens new connections by itself when the database is back (docs/operations.md, "Database faults").
 */
public final class DatabaseFaults {

    /** Long enough for a restart, short enough that a client retrying by the header sees the recovery promptly. */
    static final long RETRY_AFTER_SECONDS = 5;

    private DatabaseFaults() {
    }

    /** Whether {@code failure}, or anything in its cause chain, says the database connection is gone. */
    public static boolean lostConnection(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && lost(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lost(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return true;
        }
        // Agroal, when no connection could be opened within quarkus.datasource.jdbc.acquisition-timeout.
        return e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
    }

    /** The refusal a request gets while the database is away. */
    public static Unavailable unavailable() {
        return new Unavailable("The database is unreachable at the moment; nothing of this request was saved. "
                + "Please try again in a few seconds.", RETRY_AFTER_SECONDS);
    }
}

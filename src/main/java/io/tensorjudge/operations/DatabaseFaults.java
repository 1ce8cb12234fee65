package io.tensorjudge.operations;

import io.tensorjudge.common.Unavailable;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

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

    /**
     * Whether {@code failure}, or anything in its cause chain or among the suppressed exceptions (a transaction
     * manager attaches a failed commit's SQL error that way), says the database connection is gone.
     */
    public static boolean lostConnection(Throwable failure) {
        return lostConnection(failure, new IdentityHashMap<>());
    }

    private static boolean lostConnection(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, true) != null) {
            return false;
        }
        if (t instanceof ConnectException || t instanceof SQLException sql && lost(sql)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (lostConnection(suppressed, seen)) {
                return true;
            }
        }
        return lostConnection(t.getCause(), seen);
    }

    /**
     * Whether a fresh connection can be had and answers within a second: asked after an unexpected failure, so that
     * a failure the cause chain does not explain (a commit cut off by a database shutdown) is still answered 503
     * while the database is away, not 500.
     */
    public static boolean reachable(DataSource database) {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
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

package io.tensorjudge.grading;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tensorjudge.common.InstanceName;
import io.tensorjudge.config.EventsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the other instances' {@link SubmissionBroadcast}s on PostgreSQL: one dedicated connection to the
 * datasource's database (its URL and credentials; outside the pool, so that a LISTEN never goes back into it and no
 * pooled connection is held for good), LISTENing, read by one thread; when it breaks (database restart, network) the thread opens a new one
 * after {@code tensorjudge.events.reconnect-delay}. While it is not listening (and always on H2)
 * {@link SubmissionPoller} reads the followed submissions instead.
 */
@ApplicationScoped
class SubmissionListener {

    private static final Logger LOG = Logger.getLogger(SubmissionListener.class);

    private final String url;
    private final String user;
    private final String password;
    private final SubmissionEvents events;
    private final SubmissionBroadcast broadcast;
    private final EventsConfig config;
    private final String instance;
    private volatile boolean running;
    /** When the current LISTEN began; null while not listening. */
    private volatile Instant listeningSince;
    private volatile Connection connection;
    private Thread thread;

    @Inject
    SubmissionListener(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            SubmissionEvents events, SubmissionBroadcast broadcast, EventsConfig config) {
        this(url, user.orElse(null), password.orElse(null), events, broadcast, config, InstanceName.current());
    }

    SubmissionListener(String url, String user, String password, SubmissionEvents events,
            SubmissionBroadcast broadcast, EventsConfig config, String instance) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.events = events;
        this.broadcast = broadcast;
        this.config = config;
        this.instance = instance;
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    synchronized void start() {
        if (!broadcast.enabled() || running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "submission-listener");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        listeningSince = null;
        if (thread != null) {
            thread.interrupt();
            discard();
        }
    }

    /** When the current LISTEN began, or null while no notification can arrive (H2, or the connection is lost). */
    Instant listeningSince() {
        return listeningSince;
    }

    /** The PostgreSQL backend of the listening connection, or -1 (tests terminate it, as a database restart would). */
    int backendPid() {
        Connection c = connection;
        try {
            return c == null ? -1 : c.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return -1;
        }
    }

    private void loop() {
        while (running) {
            try {
                listen();
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("submission listener lost its connection (%s); polling until it is back", e.getMessage());
                }
            } finally {
                listeningSince = null;
                discard();
            }
            try {
                Thread.sleep(config.reconnectDelay().toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void listen() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        connection = c;
        try (Statement statement = c.createStatement()) {
            statement.execute("LISTEN " + SubmissionBroadcast.CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        listeningSince = Instant.now();
        LOG.debugf("submission listener: LISTEN %s", SubmissionBroadcast.CHANNEL);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] received = pg.getNotifications(500); // blocks up to 500 ms; throws once the link is gone
            if (System.nanoTime() - checked > 5_000_000_000L) {
                // A database that went away without closing the socket sends nothing: ask it, every 5 s.
                if (!c.isValid(2)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                checked = System.nanoTime();
            }
            if (received == null) {
                continue;
            }
            for (PGNotification notification : received) {
                SubmissionBroadcast.Message.parse(notification.getParameter())
                        .filter(m -> !m.instance().equals(instance)) // our own were told here already
                        .ifPresent(m -> deliver(m));
            }
        }
    }

    private void deliver(SubmissionBroadcast.Message message) {
        try {
            events.changedElsewhere(message.kind(), message.submissionId());
        } catch (RuntimeException e) {
            LOG.warnf("a listener of %s failed: %s", message.submissionId(), e.getMessage());
        }
    }

    private void discard() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already broken
            }
        }
    }
}

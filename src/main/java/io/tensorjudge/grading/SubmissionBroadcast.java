package io.tensorjudge.grading;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tensorjudge.common.InstanceName;
import io.tensorjudge.config.DatabaseSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Tells the other instances on the same PostgreSQL database that a submission changed: {@code pg_notify} on the
 * channel {@value #CHANNEL}, sent after the change committed, with the payload {@code <kind> <instance> <id>}. Best
 * effort: a lost notification only delays an update until the next poll or the worker's next look at the queue. On
 * H2 (one instance) it sends nothing.
 */
@ApplicationScoped
class SubmissionBroadcast {

    static final String CHANNEL = "tensorjudge_submission";
    private static final Logger LOG = Logger.getLogger(SubmissionBroadcast.class);

    /** What happened: a new submission in the queue (workers wake), or a status change (followers read it). */
    enum Kind {
        QUEUED('Q'), CHANGED('C');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        static Optional<Kind> of(char letter) {
            for (Kind kind : values()) {
                if (kind.letter == letter) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** One notification as read back: who sent it, about what. */
    record Message(Kind kind, String instance, String submissionId) {

        static Optional<Message> parse(String payload) {
            String[] parts = payload == null ? new String[0] : payload.split(" ", 3);
            if (parts.length != 3 || parts[0].length() != 1) {
                return Optional.empty();
            }
            return Kind.of(parts[0].charAt(0)).map(kind -> new Message(kind, parts[1], parts[2]));
        }

        String payload() {
            return kind.letter + " " + instance + " " + submissionId;
        }
    }

    private final AgroalDataSource dataSource;
    private final boolean postgres;
    private final String instance;

    @Inject
    SubmissionBroadcast(AgroalDataSource dataSource) {
        this(dataSource, "postgresql".equals(DatabaseSelection.buildKind()), InstanceName.current());
    }

    SubmissionBroadcast(AgroalDataSource dataSource, boolean postgres, String instance) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.instance = instance;
    }

    boolean enabled() {
        return postgres;
    }

    void send(Kind kind, String submissionId) {
        if (!postgres) {
            return;
        }
        String payload = new Message(kind, instance, submissionId).payload();
        try {
            // Outside any caller's transaction: the change it announces has committed, and so does the NOTIFY.
            QuarkusTransaction.suspendingExisting().run(() -> notify(payload));
        } catch (RuntimeException e) {
            LOG.warnf("could not notify other instances of %s: %s", submissionId, e.getMessage());
        }
    }

    private void notify(String payload) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

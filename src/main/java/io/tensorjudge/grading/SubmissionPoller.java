package io.tensorjudge.grading;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tensorjudge.config.EventsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The fallback of {@link SubmissionListener}: while no notification can arrive (H2, or the listening connection is
 * lost) it reads the status of every submission followed here each {@code tensorjudge.events.poll-interval} and tells
 * the followers of those that changed, so an instance that did not grade a submission still streams its result. It
 * polls once more after the listener is back, for changes made while it was away.
 */
@ApplicationScoped
class SubmissionPoller {

    private static final Logger LOG = Logger.getLogger(SubmissionPoller.class);

    private final SubmissionEvents events;
    private final SubmissionListener listener;
    private final EventsConfig config;
    /** The status each followed submission had at the last poll. */
    private final Map<String, Submission.Status> seen = new HashMap<>();
    private Instant lastPoll = Instant.EPOCH;
    private ScheduledExecutorService timer;

    SubmissionPoller(SubmissionEvents events, SubmissionListener listener, EventsConfig config) {
        this.events = events;
        this.listener = listener;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "submission-poller");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void pollSafely() {
        try {
            Instant since = listener.listeningSince();
            if (since == null || since.isAfter(lastPoll)) {
                poll();
            }
        } catch (RuntimeException e) {
            LOG.debugf("submission poll failed (the database may be away): %s", e.getMessage());
        }
    }

    /** One pass: reads the followed submissions' statuses and tells the followers of those that changed. */
    synchronized void poll() {
        Instant started = Instant.now();
        Set<String> followed = events.followed();
        seen.keySet().retainAll(followed);
        if (!followed.isEmpty()) {
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> Submission.getEntityManager()
                    .createQuery("select s.id, s.status from Submission s where s.id in :ids", Object[].class)
                    .setParameter("ids", followed).getResultList());
            for (Object[] row : rows) {
                String id = (String) row[0];
                Submission.Status status = (Submission.Status) row[1];
                if (seen.put(id, status) != status) {
                    events.changedElsewhere(SubmissionBroadcast.Kind.CHANGED, id);
                }
            }
        }
        lastPoll = started;
    }
}

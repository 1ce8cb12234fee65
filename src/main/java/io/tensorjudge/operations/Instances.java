package io.tensorjudge.operations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tensorjudge.common.InstanceName;
import io.tensorjudge.config.InstanceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The instances sharing this database: each writes a heartbeat row at start and every
 * {@code tensorjudge.instance.heartbeat} (default 15 s) while it runs, so any instance can list the others.
 * A heartbeat that fails (database away) is retried at the next tick; nothing else depends on it.
 */
@ApplicationScoped
public class Instances {

    private static final Logger LOG = Logger.getLogger(Instances.class);

    private final String id;
    private final String role;
    private final Duration every;
    private final Clock clock = Clock.systemUTC();
    private final Instant startedAt = clock.instant();
    private ScheduledExecutorService ticker;

    Instances(@ConfigProperty(name = "tensorjudge.role", defaultValue = "all") String role, InstanceConfig config) {
        this.role = role;
        this.every = config.heartbeat();
        this.id = InstanceName.current(); // the same name the grading queue records in claimed_by
    }

    void start(@Observes StartupEvent event) {
        beat();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "instance-heartbeat");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> InstanceHeartbeat.deleteById(id));
        } catch (RuntimeException e) {
            LOG.debugf(e, "could not remove the heartbeat of %s", id);
        }
    }

    /** This instance's id. */
    public String self() {
        return id;
    }

    /**
     * The instances alive: seen in the last minute, or in the last two heartbeats where those are longer (so a slow
     * heartbeat, as in tests, never hides a live instance).
     */
    public List<InstanceInfo> live() {
        Duration twoBeats = every.multipliedBy(2);
        return seenWithin(twoBeats.compareTo(Duration.ofMinutes(1)) > 0 ? twoBeats : Duration.ofMinutes(1));
    }

    /** Instances seen within {@code window}, this one first, then by start time. */
    private List<InstanceInfo> seenWithin(Duration window) {
        Instant since = clock.instant().minus(window);
        return QuarkusTransaction.requiringNew().call(() -> InstanceHeartbeat.<InstanceHeartbeat>list(
                        "seenAt >= ?1 order by startedAt", since).stream()
                .map(h -> new InstanceInfo(h.id, h.role, h.startedAt, h.seenAt, h.id.equals(id)))
                .sorted((a, b) -> Boolean.compare(b.self(), a.self()))
                .toList());
    }

    private void beat() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                InstanceHeartbeat row = InstanceHeartbeat.findById(id);
                if (row == null) {
                    row = new InstanceHeartbeat();
                    row.id = id;
                    row.startedAt = startedAt;
                }
                row.role = role;
                row.seenAt = clock.instant();
                row.persist();
            });
        } catch (RuntimeException e) {
            LOG.warnf("heartbeat of %s not written: %s", id, e.getMessage());
        }
    }
}

package io.tensorjudge.grading;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.tensorjudge.common.Verdict;
import io.tensorjudge.common.Language;
import io.tensorjudge.sandbox.BwrapSandboxRunner;
import io.tensorjudge.sandbox.Outcome;
import io.tensorjudge.sandbox.SandboxRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The grading's numbers on {@code /q/metrics} (names in docs/operations.md): queue depth and the age of its oldest
 * submission (what to scale workers on), time per phase (queued, sandbox, judge), verdicts, sandbox failures.
 * Queue gauges read the database at most once a second, however often they are scraped.
 */
@ApplicationScoped
public class GradingMetrics implements PhaseTimes {

    public static final String QUEUE_DEPTH = "tensorjudge.queue.depth";
    public static final String QUEUE_RUNNING = "tensorjudge.queue.running";
    public static final String QUEUE_OLDEST_AGE = "tensorjudge.queue.oldest.age";
    public static final String PHASE = "tensorjudge.grading.phase";
    public static final String VERDICTS = "tensorjudge.grading.verdicts";
    public static final String SANDBOX_FAILURES = "tensorjudge.sandbox.failures";
    public static final String WARM_READY = "tensorjudge.sandbox.warm.ready";
    public static final String WARM_SIZE = "tensorjudge.sandbox.warm.size";

    private final MeterRegistry registry;
    private final SubmissionService submissions;
    private final Clock clock = Clock.systemUTC();
    private final Timer queued;
    private final Timer sandbox;
    private final Timer judge;
    private final Counter sandboxFailures;
    private final BwrapSandboxRunner bwrap;
    private volatile QueueStats lastQueue;
    private volatile Instant lastQueueAt = Instant.EPOCH;

    GradingMetrics(MeterRegistry registry, SubmissionService submissions, SandboxRunner runner) {
        this.registry = registry;
        this.submissions = submissions;
        this.queued = phase("queued");
        this.sandbox = phase("sandbox");
        this.judge = phase("judge");
        this.sandboxFailures = Counter.builder(SANDBOX_FAILURES)
                .description("Sandbox runs that failed on our side (INTERNAL_ERROR), not the candidate's").register(registry);
        Gauge.builder(QUEUE_DEPTH, this, m -> m.queue().queued()).description("Submissions waiting to be graded")
                .register(registry);
        Gauge.builder(QUEUE_RUNNING, this, m -> m.queue().running()).description("Submissions being graded")
                .register(registry);
        Gauge.builder(QUEUE_OLDEST_AGE, this, m -> m.queue().oldestAgeSeconds(m.clock.instant())).baseUnit("seconds")
                .description("How long the oldest queued submission has waited").register(registry);
        this.bwrap = runner instanceof BwrapSandboxRunner b ? b : null;
        if (bwrap != null) {
            for (Language language : Language.values()) {
                Gauge.builder(WARM_READY, bwrap, b -> b.warmWorkersReady(language)).tag("language", language.wireName())
                        .description("Warm sandbox workers waiting for a job").register(registry);
                Gauge.builder(WARM_SIZE, bwrap, b -> b.warmPoolSize(language)).tag("language", language.wireName())
                        .description("Configured size of the warm pool").register(registry);
            }
        }
    }

    /** The queue as last read (at most a second old). */
    public QueueStats queue() {
        Instant now = clock.instant();
        QueueStats stats = lastQueue;
        if (stats == null || Duration.between(lastQueueAt, now).toMillis() >= 1000) {
            stats = submissions.queueStats();
            lastQueue = stats;
            lastQueueAt = now;
        }
        return stats;
    }

    /** The numbers of the status page. */
    public GradingStatus status() {
        List<GradingStatus.Phase> phases = Stream.of(queued, sandbox, judge).map(GradingMetrics::summary).toList();
        Map<String, Long> verdicts = new TreeMap<>();
        registry.find(VERDICTS).counters()
                .forEach(c -> verdicts.put(c.getId().getTag("verdict"), (long) c.count()));
        List<GradingStatus.WarmPool> pools = bwrap == null ? List.of() : Stream.of(Language.values())
                .map(l -> new GradingStatus.WarmPool(l.wireName(), bwrap.warmWorkersReady(l), bwrap.warmPoolSize(l),
                        bwrap.runnerFor(l)))
                .toList();
        return new GradingStatus(queue(), phases, verdicts, (long) sandboxFailures.count(), pools);
    }

    private static GradingStatus.Phase summary(Timer timer) {
        HistogramSnapshot snapshot = timer.takeSnapshot();
        double p95 = Stream.of(snapshot.percentileValues()).filter(v -> v.percentile() == 0.95)
                .mapToDouble(v -> v.value(TimeUnit.MILLISECONDS)).findFirst().orElse(Double.NaN);
        return new GradingStatus.Phase(timer.getId().getTag("phase"), snapshot.count(),
                snapshot.mean(TimeUnit.MILLISECONDS), p95);
    }

    void waited(Instant createdAt, Instant startedAt) {
        if (createdAt != null && startedAt != null) {
            queued.record(Duration.between(createdAt, startedAt));
        }
    }

    @Override
    public void sandbox(Duration took, Outcome outcome) {
        sandbox.record(took);
        if (outcome == Outcome.INTERNAL_ERROR) {
            sandboxFailures.increment();
        }
    }

    @Override
    public void judge(Duration took) {
        judge.record(took);
    }

    void graded(Verdict verdict) {
        registry.counter(VERDICTS, "verdict", verdict.name()).increment();
    }

    private Timer phase(String name) {
        return Timer.builder(PHASE).tag("phase", name).description("Time per grading phase")
                .publishPercentiles(0.5, 0.95).register(registry);
    }
}

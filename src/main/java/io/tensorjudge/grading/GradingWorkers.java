package io.tensorjudge.grading;

import io.tensorjudge.common.Mode;
import io.tensorjudge.common.Verdict;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.config.GradingConfig;
import io.tensorjudge.config.RoleConfig;
import io.tensorjudge.config.QueueConfig;
import io.tensorjudge.common.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The grading workers: threads that claim submissions from the shared queue, grade them and record the result, and a
 * heartbeat that keeps this instance's leases alive meanwhile. Nothing is requeued at start: what a killed instance
 * left RUNNING is taken over, by any instance, once its lease has expired, and a live instance's work never is.
 */
@ApplicationScoped
class GradingWorkers {

    private static final Logger LOG = Logger.getLogger(GradingWorkers.class);

    private final SubmissionQueue submissions;
    private final Grader grader;
    private final ExerciseCatalog catalog;
    private final GradingConfig config;
    private final QueueConfig queueConfig;
    private final GradingMetrics metrics;
    private final RoleConfig role;
    private final List<Thread> threads = new ArrayList<>();
    /** What this instance is grading now: the heartbeat extends these, a clean shutdown releases them. */
    private final Set<SubmissionQueue.Claim> active = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService heartbeat;
    private volatile boolean running;

    GradingWorkers(SubmissionQueue submissions, Grader grader, ExerciseCatalog catalog, GradingConfig config,
            QueueConfig queueConfig, GradingMetrics metrics, RoleConfig role) {
        this.metrics = metrics;
        this.role = role;
        this.submissions = submissions;
        this.grader = grader;
        this.catalog = catalog;
        this.config = config;
        this.queueConfig = queueConfig;
    }

    void start(@Observes StartupEvent event) {
        if (!role.role().grades()) {
            LOG.info("Grading: off on this instance (tensorjudge.role=web); worker instances grade the shared queue");
            return;
        }
        int count = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        running = true;
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "grading-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = queueConfig.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::extendLeases, every, every, TimeUnit.MILLISECONDS);
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(this::loop, "grading-worker-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        LOG.infof("Grading: %d workers started as %s (lease %s, heartbeat %s)", count, submissions.instanceId(),
                queueConfig.lease(), queueConfig.heartbeat());
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        // Hand back what is being graded, so that another instance need not wait for the leases to run out; a
        // worker that still finishes one of these is refused at completion.
        for (SubmissionQueue.Claim claim : active) {
            try {
                submissions.release(claim);
            } catch (RuntimeException e) {
                LOG.warnf("could not release %s at shutdown (its lease will expire): %s", claim.id(), e.getMessage());
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                Optional<SubmissionQueue.Claim> claim = submissions.claimNext();
                if (claim.isPresent()) {
                    gradeClaimed(claim.get());
                } else {
                    submissions.awaitWork();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("grading worker error", e);
                try {
                    Thread.sleep(config.pollInterval().toMillis()); // e.g. the database is away: do not spin
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void extendLeases() {
        Instant now = Instant.now();
        for (SubmissionQueue.Claim claim : active) {
            try {
                if (!submissions.extend(claim, now)) {
                    LOG.warnf("lost the lease of %s (taken over after it expired); its result will not be recorded",
                            claim.id());
                    active.remove(claim);
                }
            } catch (RuntimeException e) {
                LOG.warnf("heartbeat for %s failed: %s", claim.id(), e.getMessage());
            }
        }
    }

    private void gradeClaimed(SubmissionQueue.Claim claim) {
        active.add(claim);
        try {
            grade(claim);
        } finally {
            active.remove(claim);
        }
    }

    private void grade(SubmissionQueue.Claim claim) {
        String id = claim.id();
        Submission submission = submissions.load(id);
        metrics.waited(submission.createdAt, submission.startedAt);
        GradeReport report;
        try {
            // The version it was submitted under; the newest only when that one is gone (a bank folder changed in git).
            ExerciseCatalog.Entry entry = catalog.find(submission.exerciseId, submission.exerciseVersion)
                    .or(() -> catalog.find(submission.exerciseId))
                    .orElseThrow(() -> new IllegalStateException("exercise " + submission.exerciseId + " is gone"));
            Language language = Language.of(submission.language);
            report = grader.grade(entry, language, submission.code, Mode.SUBMIT.is(submission.mode),
                    submission.caseSeed, metrics);
        } catch (RuntimeException e) {
            LOG.errorf(e, "grading %s failed", id);
            report = new GradeReport(Verdict.INTERNAL_ERROR, 0.0, List.of(), "",
                    "The grader failed on this submission (not your fault); it has been logged.");
        }
        // Out of the heartbeat's set first: a heartbeat racing the completion would find the row DONE and log a lost
        // lease that was not lost (11 such warnings in one ClusterIT run). The lease still has most of its time.
        active.remove(claim);
        if (submissions.complete(claim, report)) {
            metrics.graded(report.verdict());
        } else {
            LOG.warnf("grading of %s not recorded: its claim was taken over or released meanwhile", id);
        }
    }
}

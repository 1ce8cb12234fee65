package io.tensorjudge.grading;

import io.tensorjudge.common.Mode;
import io.tensorjudge.common.Verdict;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.config.GradingConfig;
import io.tensorjudge.common.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The grading workers: threads that take queued submissions, grade them and record the result. Started after the
 * app is up; at start they first requeue what a crash left RUNNING and pick up everything still QUEUED.
 */
@ApplicationScoped
class GradingWorkers {

    private static final Logger LOG = Logger.getLogger(GradingWorkers.class);

    private final SubmissionService submissions;
    private final Grader grader;
    private final ExerciseCatalog catalog;
    private final GradingConfig config;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    GradingWorkers(SubmissionService submissions, Grader grader, ExerciseCatalog catalog, GradingConfig config) {
        this.submissions = submissions;
        this.grader = grader;
        this.catalog = catalog;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        int requeued = submissions.requeueInterrupted();
        submissions.offerQueued();
        int count = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        running = true;
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(this::loop, "grading-worker-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        LOG.infof("Grading: %d workers started; %d interrupted submissions requeued", count, requeued);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    private void loop() {
        while (running) {
            try {
                String id = submissions.nextHint();
                if (id == null) {
                    submissions.offerQueued();
                } else if (submissions.claim(id)) {
                    gradeClaimed(id);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("grading worker error", e);
            }
        }
    }

    private void gradeClaimed(String id) {
        Submission submission = submissions.load(id);
        GradeReport report;
        try {
            // The version it was submitted under; the newest only when that one is gone (a bank folder changed in git).
            ExerciseCatalog.Entry entry = catalog.find(submission.exerciseId, submission.exerciseVersion)
                    .or(() -> catalog.find(submission.exerciseId))
                    .orElseThrow(() -> new IllegalStateException("exercise " + submission.exerciseId + " is gone"));
            Language language = Language.of(submission.language);
            report = grader.grade(entry, language, submission.code, Mode.SUBMIT.is(submission.mode));
        } catch (RuntimeException e) {
            LOG.errorf(e, "grading %s failed", id);
            report = new GradeReport(Verdict.INTERNAL_ERROR, 0.0, List.of(), "",
                    "The grader failed on this submission (not your fault); it has been logged.");
        }
        submissions.complete(id, report);
    }
}

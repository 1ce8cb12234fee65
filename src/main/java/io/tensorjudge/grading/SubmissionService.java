package io.tensorjudge.grading;

import io.tensorjudge.common.Unavailable;
import io.tensorjudge.common.Busy;
import io.tensorjudge.common.TooLarge;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.Mode;
import io.tensorjudge.common.Verdict;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.config.GradingConfig;
import io.tensorjudge.config.QueueConfig;
import io.tensorjudge.common.Language;
import io.tensorjudge.sandbox.SandboxRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The only writer of submissions. Submitting stores a QUEUED row and hands its id to the workers; a worker claims it
 * with a conditional update, so each submission is graded by one worker, and records the result exactly once.
 */
@ApplicationScoped
public class SubmissionService {

    private final ExerciseCatalog catalog;
    private final GradingConfig config;
    private final QueueConfig queueConfig;
    private final SubmissionEvents events;
    private final ObjectMapper json;
    private final SandboxRunner sandbox;
    /** Ids to grade, in order; a hint only: the database is the source of truth. */
    private final LinkedBlockingQueue<String> ready = new LinkedBlockingQueue<>();

    SubmissionService(ExerciseCatalog catalog, GradingConfig config, QueueConfig queueConfig,
            SubmissionEvents events, ObjectMapper json, SandboxRunner sandbox) {
        this.catalog = catalog;
        this.config = config;
        this.queueConfig = queueConfig;
        this.events = events;
        this.json = json;
        this.sandbox = sandbox;
    }

    /**
     * Validates and queues a practice submission of the browser {@code browser}; returns its id. A private exercise
     * is unknown here, exactly as an id that does not exist.
     */
    public String submitPractice(String exerciseId, String language, String code, String mode, String browser) {
        ExerciseCatalog.Entry entry = catalog.findPublic(exerciseId)
                .orElseThrow(() -> NotFound.of("exercise", exerciseId));
        return submit(entry, language, code, mode, Submission.Origin.PRACTICE, browser);
    }

    /** Validates and queues a submission made in assessment attempt {@code attemptId} (any visibility). */
    public String submitForAttempt(String exerciseId, String language, String code, String mode, long attemptId) {
        ExerciseCatalog.Entry entry = catalog.find(exerciseId)
                .orElseThrow(() -> NotFound.of("exercise", exerciseId));
        return submit(entry, language, code, mode, Submission.Origin.ATTEMPT, "attempt-" + attemptId);
    }

    private String submit(ExerciseCatalog.Entry entry, String language, String code, String mode,
            Submission.Origin origin, String client) {
        String exerciseId = entry.id();
        if (Mode.parse(mode).isEmpty()) {
            throw Invalid.field("mode", "mode must be 'run' or 'submit'");
        }
        if (language == null || !entry.exercise().spec().languages().contains(language)) {
            throw Invalid.field("language", "language must be one of "
                    + entry.exercise().spec().languages());
        }
        refuseWhenSandboxIsBroken(language);
        if (code == null) {
            throw Invalid.field("code", "code is required");
        }
        int bytes = code.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxCodeBytes()) {
            throw new TooLarge("code", "code is " + bytes + " bytes; the limit is "
                    + config.maxCodeBytes() + " bytes");
        }
        String id = QuarkusTransaction.requiringNew().call(() -> {
            long pending = Submission.count("status", Submission.Status.QUEUED);
            if (pending >= queueConfig.maxPending()) {
                throw new Busy("The grading queue is full (" + pending
                        + " waiting); try again shortly.", 5);
            }
            Submission submission = new Submission();
            submission.id = UUID.randomUUID().toString();
            submission.exerciseId = exerciseId;
            submission.exerciseVersion = entry.version();
            submission.language = language;
            submission.mode = mode;
            submission.code = code;
            submission.status = Submission.Status.QUEUED;
            submission.client = client == null ? null : client.substring(0, Math.min(100, client.length()));
            submission.origin = origin;
            submission.createdAt = Instant.now();
            submission.persist();
            return submission.id;
        });
        ready.add(id);
        return id;
    }

    /** Grading needs a working sandbox; while its self-test is still running, submissions simply queue. */
    private void refuseWhenSandboxIsBroken(String language) {
        Language sandboxLanguage = Language.of(language);
        sandbox.unavailableReason(sandboxLanguage).ifPresent(reason -> {
            throw new Unavailable("Grading is unavailable on this server: " + reason
                    + ". Everything else still works; see /q/health/ready.", 60);
        });
    }

    /** Any submission, practice or attempt: for the candidate API (after its ownership check) and staff. */
    public Optional<SubmissionSnapshot> find(String id) {
        return QuarkusTransaction.joiningExisting().call(() ->
                Submission.<Submission>findByIdOptional(id).map(this::snapshot));
    }

    /**
     * A submission as the public practice API may show it: empty for one made in an assessment attempt, and for one
     * of an exercise that is (now) private, exactly as for an unknown id.
     */
    public Optional<SubmissionSnapshot> findPractice(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> Submission.<Submission>findByIdOptional(id)
                .filter(s -> s.origin == Submission.Origin.PRACTICE)
                .filter(s -> catalog.findPublic(s.exerciseId).isPresent())
                .map(this::snapshot));
    }

    /** Previous practice submissions of one browser for one public exercise, newest first. */
    public List<SubmissionSnapshot> history(String exerciseId, String browser, int limit) {
        if (browser == null || catalog.findPublic(exerciseId).isEmpty()) {
            return List.of();
        }
        return QuarkusTransaction.joiningExisting().call(() -> Submission
                .<Submission>find("exerciseId = ?1 and client = ?2 and origin = ?3 order by createdAt desc",
                        exerciseId, browser, Submission.Origin.PRACTICE)
                .page(0, limit).list().stream().map(this::snapshot).toList());
    }

    /** The code and language of a submission, practice or attempt; empty for an unknown id. */
    public Optional<SourceCode> sourceOf(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> Submission.<Submission>findByIdOptional(id)
                .map(s -> new SourceCode(Language.of(s.language), s.code)));
    }

    /**
     * Every graded submission in "submit" mode (practice and assessment), never INTERNAL_ERROR (our fault, it costs
     * the candidate nothing); visible-test runs are not attempts.
     */
    public List<GradedSubmission> gradedSubmissions() {
        return QuarkusTransaction.joiningExisting().call(() -> Submission.<Submission>list(
                        "mode = ?1 and status = ?2 and verdict <> ?3", Mode.SUBMIT.wireName(), Submission.Status.DONE,
                        Verdict.INTERNAL_ERROR).stream()
                .map(s -> new GradedSubmission(s.id, s.exerciseId, s.client, s.createdAt,
                        s.verdict == Verdict.ACCEPTED, failedTests(s.result)))
                .toList());
    }

    private List<String> failedTests(String result) {
        if (result == null) {
            return List.of();
        }
        try {
            GradeReport report = json.readValue(result, GradeReport.class);
            return report.tests() == null ? List.of()
                    : report.tests().stream().filter(t -> !t.passed()).map(TestResult::name).toList();
        } catch (JsonProcessingException e) {
            return List.of(); // an unreadable report still counts as an attempt, just without failing tests
        }
    }

    // ---- used by the workers --------------------------------------------------------------------------------

    /** Waits up to the poll interval for an id that may be ready. */
    String nextHint() throws InterruptedException {
        return ready.poll(config.pollInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Re-offers every QUEUED submission (start-up, or when idle workers look for missed work). */
    void offerQueued() {
        List<String> queued = QuarkusTransaction.requiringNew().call(() -> Submission
                .<Submission>find("status = ?1 order by createdAt", Submission.Status.QUEUED)
                .page(0, 500).list().stream().map(s -> s.id).toList());
        queued.stream().filter(id -> !ready.contains(id)).forEach(ready::add);
    }

    /** After a crash nothing is RUNNING any more: put those back in the queue, to be graded once. */
    int requeueInterrupted() {
        return QuarkusTransaction.requiringNew().call(() -> Submission.update(
                "status = ?1, startedAt = null where status = ?2", Submission.Status.QUEUED,
                Submission.Status.RUNNING));
    }

    /** Atomically moves QUEUED -> RUNNING; false when another worker was first or it is not queued. */
    boolean claim(String id) {
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> Submission.update(
                "status = ?1, startedAt = ?2, claims = claims + 1 where id = ?3 and status = ?4",
                Submission.Status.RUNNING, Instant.now(), id, Submission.Status.QUEUED) == 1);
        if (claimed) {
            events.changed(id);
        }
        return claimed;
    }

    Submission load(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>findById(id));
    }

    /** Records the grading; the status condition makes a second recording of the same claim impossible. */
    void complete(String id, GradeReport report) {
        String result = toJson(report);
        QuarkusTransaction.requiringNew().run(() -> Submission.update(
                "status = ?1, verdict = ?2, score = ?3, result = ?4, finishedAt = ?5, gradings = gradings + 1 "
                        + "where id = ?6 and status = ?7",
                Submission.Status.DONE, report.verdict(), report.score(), result, Instant.now(), id,
                Submission.Status.RUNNING));
        events.changed(id);
    }

    private SubmissionSnapshot snapshot(Submission s) {
        GradeReport report = s.result == null ? null : fromJson(s.result);
        return new SubmissionSnapshot(s.id, s.exerciseId, s.exerciseVersion, s.language, s.mode, s.status, s.verdict, s.score, report,
                s.createdAt, s.startedAt, s.finishedAt);
    }

    private String toJson(GradeReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private GradeReport fromJson(String text) {
        try {
            return json.readValue(text, GradeReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored grading result is unreadable", e);
        }
    }
}

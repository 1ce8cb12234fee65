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
import io.tensorjudge.config.RoleConfig;
import io.tensorjudge.config.QueueConfig;
import io.tensorjudge.common.Language;
import io.tensorjudge.sandbox.SandboxRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Submission intake and reads: validating and storing a QUEUED row (then {@link SubmissionEvents#queued} wakes the
 * workers here and elsewhere), and the views of submissions for the API, staff and statistics. The queue side, claims
 * under a lease and the one recording of a result, is {@link SubmissionQueue}.
 */
@ApplicationScoped
public class SubmissionService {

    private final ExerciseCatalog catalog;
    private final GradingConfig config;
    private final QueueConfig queueConfig;
    private final SubmissionEvents events;
    private final ObjectMapper json;
    private final SandboxRunner sandbox;
    /** False on a web instance: its workers (and so its sandbox) do not grade; worker instances do. */
    private final boolean gradesHere;

    SubmissionService(ExerciseCatalog catalog, GradingConfig config, QueueConfig queueConfig,
            SubmissionEvents events, ObjectMapper json, SandboxRunner sandbox, RoleConfig role) {
        this.catalog = catalog;
        this.config = config;
        this.queueConfig = queueConfig;
        this.events = events;
        this.json = json;
        this.sandbox = sandbox;
        this.gradesHere = role.role().grades();
    }

    /**
     * Validates and queues a practice submission of the browser {@code browser}; returns its id. A private exercise
     * is unknown here, exactly as an id that does not exist.
     */
    public String submitPractice(String exerciseId, String language, String code, String mode, String browser) {
        ExerciseCatalog.Entry entry = catalog.findPublic(exerciseId)
                .orElseThrow(() -> NotFound.of("exercise", exerciseId));
        return submit(entry, language, code, mode, Submission.Origin.PRACTICE, browser, null);
    }

    /**
     * Validates and queues a submission made in assessment attempt {@code attemptId} (any visibility), graded on the
     * hidden cases of variant {@code caseSeed} (the attempt's; null: those of exercise.yaml).
     */
    public String submitForAttempt(String exerciseId, String language, String code, String mode, long attemptId,
            Long caseSeed) {
        ExerciseCatalog.Entry entry = catalog.find(exerciseId)
                .orElseThrow(() -> NotFound.of("exercise", exerciseId));
        return submit(entry, language, code, mode, Submission.Origin.ATTEMPT, "attempt-" + attemptId, caseSeed);
    }

    private String submit(ExerciseCatalog.Entry entry, String language, String code, String mode,
            Submission.Origin origin, String client, Long caseSeed) {
        String exerciseId = entry.id();
        if (Mode.parse(mode).isEmpty()) {
            throw Invalid.field("mode", "mode must be 'run' or 'submit'");
        }
        if (language == null || !entry.exercise().spec().languages().contains(language)) {
            throw Invalid.field("language", "language must be one of "
                    + entry.exercise().spec().languages());
        }
        if (gradesHere) {
            refuseWhenSandboxIsBroken(language);
        }
        if (code == null) {
            throw Invalid.field("code", "code is required");
        }
        int bytes = code.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxCodeBytes()) {
            throw new TooLarge("code", "code is " + bytes + " bytes; the limit is "
                    + config.maxCodeBytes() + " bytes");
        }
        String id = QuarkusTransaction.requiringNew().call(() -> {
            // Regrade copies wait at a lower priority and are bounded on their own (RegradeService): never a reason
            // to refuse a live submission.
            long pending = Submission.count("status = ?1 and origin <> ?2", Submission.Status.QUEUED,
                    Submission.Origin.REGRADE);
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
            submission.caseSeed = caseSeed;
            submission.createdAt = Instant.now();
            submission.persist();
            return submission.id;
        });
        events.queued(id); // wakes the workers here and, through NOTIFY, on the other instances
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
                        "mode = ?1 and status = ?2 and verdict <> ?3 and origin <> ?4", Mode.SUBMIT.wireName(),
                        Submission.Status.DONE, Verdict.INTERNAL_ERROR, Submission.Origin.REGRADE).stream()
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

    /** The queue right now, for the metrics and the status page. */
    public QueueStats queueStats() {
        return QuarkusTransaction.requiringNew().call(() -> new QueueStats(
                Submission.count("status", Submission.Status.QUEUED),
                Submission.count("status", Submission.Status.RUNNING),
                Submission.getEntityManager()
                        .createQuery("select min(s.createdAt) from Submission s where s.status = :status", Instant.class)
                        .setParameter("status", Submission.Status.QUEUED).getSingleResult()));
    }

    private SubmissionSnapshot snapshot(Submission s) {
        GradeReport report = s.result == null ? null : fromJson(s.result);
        return new SubmissionSnapshot(s.id, s.exerciseId, s.exerciseVersion, s.language, s.mode, s.status, s.verdict, s.score, report,
                s.createdAt, s.startedAt, s.finishedAt);
    }

    private GradeReport fromJson(String text) {
        try {
            return json.readValue(text, GradeReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored grading result is unreadable", e);
        }
    }
}

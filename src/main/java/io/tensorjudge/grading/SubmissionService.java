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
import io.tensorjudge.common.InstanceName;
import io.tensorjudge.common.Language;
import io.tensorjudge.sandbox.SandboxRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The only writer of submissions. Submitting stores a QUEUED row and wakes the workers; a worker of any instance
 * claims it under a lease (SELECT ... FOR UPDATE SKIP LOCKED, then a conditional update), keeps the lease alive while
 * it grades, and records the result only while its claim is still the current one, so exactly once.
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
    /** Wake-ups for this instance's workers after a submit here or elsewhere; a hint only: the database is the queue. */
    private final LinkedBlockingQueue<String> ready = new LinkedBlockingQueue<>(10_000);

    SubmissionService(ExerciseCatalog catalog, GradingConfig config, QueueConfig queueConfig,
            SubmissionEvents events, ObjectMapper json, SandboxRunner sandbox, RoleConfig role) {
        this.catalog = catalog;
        this.config = config;
        this.queueConfig = queueConfig;
        this.events = events;
        this.json = json;
        this.sandbox = sandbox;
        this.gradesHere = role.role().grades();
        if (gradesHere) {
            // Dropped when full: idle workers poll the database anyway.
            events.onQueued(ready::offer);
        }
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

    /** The queue right now, for the metrics and the status page. */
    public QueueStats queueStats() {
        return QuarkusTransaction.requiringNew().call(() -> new QueueStats(
                Submission.count("status", Submission.Status.QUEUED),
                Submission.count("status", Submission.Status.RUNNING),
                Submission.getEntityManager()
                        .createQuery("select min(s.createdAt) from Submission s where s.status = :status", Instant.class)
                        .setParameter("status", Submission.Status.QUEUED).getSingleResult()));
    }

    // ---- used by the workers --------------------------------------------------------------------------------

    /**
     * Claimable: QUEUED, or RUNNING under a lease that has expired (its worker died or lost the database). A lease of
     * null is expired: rows RUNNING from before leases existed.
     */
    private static final String CLAIMABLE = "(status = 'QUEUED' or (status = 'RUNNING' and (lease_until is null "
            + "or lease_until < ?1)))";

    /**
     * One statement for H2 2.x and PostgreSQL: lock one claimable row that no other transaction holds. The oldest
     * claimable rows are picked in the subquery because H2 applies ORDER BY ... FETCH FIRST before it skips locked
     * rows (measured on 2.4.240: with the ORDER BY on the locking query a second claimer got nothing while 39 rows
     * were free); the window bounds how unfair the order may get and is far above the claims in flight at once.
     */
    private static final String LOCK_NEXT = "select id, claims from submission where " + CLAIMABLE
            + " and id in (select id from submission where " + CLAIMABLE
            + " order by created_at fetch first 32 rows only) fetch first 1 rows only for update skip locked";

    /** This process, as recorded in {@code claimed_by}: unique per start, so a restart never inherits old claims. */
    private final String instanceId = InstanceName.current();

    /** The holder of a claim; heartbeat, completion and release need it to match the row, or they do nothing. */
    record Claim(String id, String owner, int number) {
    }

    String instanceId() {
        return instanceId;
    }

    /** Waits up to the poll interval for a submit (here, or notified by another instance) to wake the worker. */
    void awaitWork() throws InterruptedException {
        ready.poll(config.pollInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Claims the oldest claimable submission for this instance, under a fresh lease; empty when there is none. */
    Optional<Claim> claimNext() {
        return claimNext(instanceId, Instant.now());
    }

    /**
     * Claims for {@code owner} at {@code now}: the row is locked (SKIP LOCKED, so concurrent claimers take different
     * rows and never wait on each other) and updated in one transaction; the update repeats the condition, so a row
     * that changed after the select is not taken.
     */
    Optional<Claim> claimNext(String owner, Instant now) {
        Optional<Claim> claim = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Submission.getEntityManager().createNativeQuery(LOCK_NEXT)
                    .setParameter(1, utc(now)).getResultList();
            if (rows.isEmpty()) {
                return Optional.<Claim>empty();
            }
            String id = (String) rows.get(0)[0];
            int seen = ((Number) rows.get(0)[1]).intValue();
            int updated = Submission.update("status = ?1, claimedBy = ?2, leaseUntil = ?3, startedAt = ?4, "
                            + "claims = ?5 where id = ?6 and claims = ?7 and (status = ?8 or (status = ?1 and "
                            + "(leaseUntil is null or leaseUntil < ?4)))",
                    Submission.Status.RUNNING, owner, now.plus(queueConfig.lease()), now, seen + 1, id, seen,
                    Submission.Status.QUEUED);
            return updated == 1 ? Optional.of(new Claim(id, owner, seen + 1)) : Optional.<Claim>empty();
        });
        claim.ifPresent(c -> events.changed(c.id()));
        return claim;
    }

    /** Heartbeat: extends the lease from {@code now}; false when the claim is no longer this one (taken over). */
    boolean extend(Claim claim, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.update(
                "leaseUntil = ?1 where id = ?2 and status = ?3 and claimedBy = ?4 and claims = ?5",
                now.plus(queueConfig.lease()), claim.id(), Submission.Status.RUNNING, claim.owner(),
                claim.number()) == 1);
    }

    /** Puts a claim back in the queue at once (a clean shutdown), instead of letting its lease run out. */
    boolean release(Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.update(
                "status = ?1, leaseUntil = null where id = ?2 and status = ?3 and claimedBy = ?4 and claims = ?5",
                Submission.Status.QUEUED, claim.id(), Submission.Status.RUNNING, claim.owner(),
                claim.number()) == 1);
    }

    Submission load(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>findById(id));
    }

    /**
     * Records the grading, only under the current claim: a worker whose lease expired and was taken over (or whose
     * claim was released) is refused, so each submission is recorded exactly once. False when refused.
     */
    boolean complete(Claim claim, GradeReport report) {
        String result = toJson(report);
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> Submission.update(
                "status = ?1, verdict = ?2, score = ?3, result = ?4, finishedAt = ?5, gradings = gradings + 1, "
                        + "leaseUntil = null where id = ?6 and status = ?7 and claimedBy = ?8 and claims = ?9",
                Submission.Status.DONE, report.verdict(), report.score(), result, Instant.now(), claim.id(),
                Submission.Status.RUNNING, claim.owner(), claim.number()) == 1);
        if (recorded) {
            events.changed(claim.id());
        }
        return recorded;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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

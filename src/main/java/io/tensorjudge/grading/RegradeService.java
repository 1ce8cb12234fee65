package io.tensorjudge.grading;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.common.Busy;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.Mode;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Verdict;
import io.tensorjudge.config.QueueConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Regrading graded submissions against their exercise's current version. A dry run queues a copy of each one
 * (origin REGRADE, {@link Submission#REGRADE_PRIORITY}: the workers take every live submission first) and changes
 * nothing; once every copy is graded, apply records the copies' results on the originals, keeping each replaced result
 * in {@code submission_history}. Who may regrade what is decided by the callers: the authoring side for practice
 * ({@link #dryRunPractice}), {@code assessment} for an assessment's submissions.
 */
@ApplicationScoped
public class RegradeService {

    /** Score differences below this are rounding, not a change. */
    private static final double SCORE_EPSILON = 1e-9;
    /** Workers woken at once; the rest of a run is claimed as they come back for more. */
    private static final int WAKE_UPS = 16;

    private final ExerciseCatalog catalog;
    private final QueueConfig queueConfig;
    private final SubmissionEvents events;

    RegradeService(ExerciseCatalog catalog, QueueConfig queueConfig, SubmissionEvents events) {
        this.catalog = catalog;
        this.queueConfig = queueConfig;
        this.events = events;
    }

    /** The scope of the practice submissions of one exercise. */
    public static String practiceScope(String exerciseId) {
        return "practice:" + exerciseId;
    }

    /** Dry run over every graded practice submission ("submit" mode) of {@code exerciseId}. */
    public RegradeSummary dryRunPractice(String exerciseId, String requestedBy) {
        catalog.find(exerciseId).orElseThrow(() -> NotFound.of("exercise", exerciseId));
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> Submission.getEntityManager()
                .createQuery("select s.id from Submission s where s.exerciseId = ?1 and s.origin = ?2 and s.mode = ?3"
                        + " and s.status = ?4 order by s.createdAt", String.class)
                .setParameter(1, exerciseId).setParameter(2, Submission.Origin.PRACTICE)
                .setParameter(3, Mode.SUBMIT.wireName()).setParameter(4, Submission.Status.DONE).getResultList());
        return dryRun(practiceScope(exerciseId), ids, requestedBy);
    }

    /**
     * Dry run over {@code submissionIds} (those not DONE, regrade copies and those of a vanished exercise are left
     * out): queues one low-priority copy each, graded against the exercise's current version and the original's
     * variant seed. Refused (Busy) while the regrade copies waiting would exceed the queue's bound.
     */
    public RegradeSummary dryRun(String scope, List<String> submissionIds, String requestedBy) {
        List<String> copies = new ArrayList<>();
        long runId = QuarkusTransaction.requiringNew().call(() -> {
            List<Submission> originals = submissionIds.isEmpty() ? List.of() : Submission.<Submission>list(
                    "id in ?1 and status = ?2 and origin <> ?3 order by createdAt", submissionIds,
                    Submission.Status.DONE, Submission.Origin.REGRADE);
            long waiting = Submission.count("status = ?1 and origin = ?2", Submission.Status.QUEUED,
                    Submission.Origin.REGRADE);
            if (waiting + originals.size() > queueConfig.maxPending()) {
                throw new Busy("A regrade of " + originals.size() + " submissions would exceed the "
                        + queueConfig.maxPending() + " regrade gradings the queue holds (" + waiting
                        + " waiting); try again when they are graded.", 60);
            }
            RegradeRun run = new RegradeRun();
            run.scope = scope;
            run.requestedBy = requestedBy;
            run.requestedAt = Instant.now();
            run.persist();
            for (Submission original : originals) {
                Optional<ExerciseCatalog.Entry> current = catalog.find(original.exerciseId);
                if (current.isEmpty()) {
                    continue;
                }
                Submission copy = copyOf(original, current.get().version(), run.id);
                copy.persist();
                RegradeItem item = new RegradeItem();
                item.runId = run.id;
                item.submissionId = original.id;
                item.copyId = copy.id;
                item.oldVersion = original.exerciseVersion;
                item.oldVerdict = original.verdict;
                item.oldScore = original.score;
                item.persist();
                copies.add(copy.id);
            }
            return run.id;
        });
        copies.stream().limit(WAKE_UPS).forEach(events::queued);
        return find(runId, scope);
    }

    private static Submission copyOf(Submission original, String version, long runId) {
        Submission copy = new Submission();
        copy.id = UUID.randomUUID().toString();
        copy.exerciseId = original.exerciseId;
        copy.exerciseVersion = version;
        copy.language = original.language;
        copy.mode = original.mode;
        copy.code = original.code;
        copy.caseSeed = original.caseSeed;
        copy.status = Submission.Status.QUEUED;
        copy.origin = Submission.Origin.REGRADE;
        copy.client = "regrade-" + runId;
        copy.priority = Submission.REGRADE_PRIORITY;
        copy.regradeOf = original.id;
        copy.createdAt = Instant.now();
        return copy;
    }

    /** A run of {@code scope}; NotFound for an unknown id or one of another scope (indistinguishable). */
    public RegradeSummary find(long runId, String scope) {
        return QuarkusTransaction.requiringNew().call(() -> summary(requireRun(runId, scope)));
    }

    /** The runs of {@code scope}, newest first. */
    public List<RegradeSummary> runs(String scope) {
        return QuarkusTransaction.requiringNew().call(() -> RegradeRun.<RegradeRun>list(
                "scope = ?1 order by requestedAt desc, id desc", scope).stream().map(this::summary).toList());
    }

    /**
     * Records every change of a READY run on its submissions (the replaced result into the history first); copies that
     * failed in the grader (INTERNAL_ERROR) change nothing. Conflict while copies are still grading and once applied.
     */
    public RegradeSummary apply(long runId, String scope, String appliedBy) {
        QuarkusTransaction.requiringNew().run(() -> {
            RegradeRun run = requireRun(runId, scope);
            RegradeSummary before = summary(run);
            if (!before.ready()) {
                throw new Conflict(before.status().equals("APPLIED") ? "This regrade was applied already."
                        : "This regrade is still grading (" + before.graded() + " of " + before.submissions()
                                + "); apply it once every submission is graded.");
            }
            Instant now = Instant.now();
            // Claims the run first: a second apply, here or on another instance, finds it applied and changes nothing.
            if (RegradeRun.update("appliedBy = ?1, appliedAt = ?2 where id = ?3 and appliedAt is null", appliedBy,
                    now, runId) != 1) {
                throw new Conflict("This regrade was applied already.");
            }
            int changed = 0;
            for (Pair pair : pairs(runId)) {
                Submission original = pair.original();
                Submission copy = pair.copy();
                if (copy.verdict == Verdict.INTERNAL_ERROR || !differs(original.verdict, original.score, copy)) {
                    continue;
                }
                SubmissionHistory old = new SubmissionHistory();
                old.submissionId = original.id;
                old.regradeRunId = runId;
                old.exerciseVersion = original.exerciseVersion;
                old.verdict = original.verdict;
                old.score = original.score;
                old.result = original.result;
                old.gradedAt = original.finishedAt;
                old.replacedAt = now;
                old.persist();
                original.exerciseVersion = copy.exerciseVersion;
                original.verdict = copy.verdict;
                original.score = copy.score;
                original.result = copy.result;
                changed++;
            }
            RegradeRun.update("changed = ?1 where id = ?2", changed, runId);
        });
        return find(runId, scope);
    }

    /** The earlier results of a submission, oldest first; empty when it was never changed by a regrade. */
    public List<ResultHistoryEntry> history(String submissionId) {
        return QuarkusTransaction.requiringNew().call(() -> SubmissionHistory.<SubmissionHistory>list(
                        "submissionId = ?1 order by replacedAt, id", submissionId).stream()
                .map(h -> new ResultHistoryEntry(h.regradeRunId, h.exerciseVersion, h.verdict, h.score, h.gradedAt,
                        h.replacedAt))
                .toList());
    }

    private RegradeRun requireRun(long runId, String scope) {
        return RegradeRun.<RegradeRun>findByIdOptional(runId).filter(r -> r.scope.equals(scope))
                .orElseThrow(() -> new NotFound("No regrade " + runId + " here."));
    }

    private record Pair(RegradeItem item, Submission original, Submission copy) {
    }

    private List<Pair> pairs(long runId) {
        List<RegradeItem> items = RegradeItem.list("runId = ?1 order by id", runId);
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        items.forEach(i -> {
            ids.add(i.submissionId);
            ids.add(i.copyId);
        });
        Map<String, Submission> byId = Submission.<Submission>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return items.stream().map(i -> new Pair(i, byId.get(i.submissionId), byId.get(i.copyId))).toList();
    }

    private RegradeSummary summary(RegradeRun run) {
        List<Pair> pairs = pairs(run.id);
        int graded = 0;
        int failed = 0;
        List<RegradeChange> changes = new ArrayList<>();
        for (Pair pair : pairs) {
            Submission copy = pair.copy();
            if (copy.status != Submission.Status.DONE) {
                continue;
            }
            graded++;
            if (copy.verdict == Verdict.INTERNAL_ERROR) {
                failed++;
            } else if (differs(pair.item().oldVerdict, pair.item().oldScore, copy)) {
                Submission original = pair.original();
                changes.add(new RegradeChange(original.id, original.exerciseId, original.language, original.client,
                        pair.item().oldVerdict, pair.item().oldScore, copy.verdict, copy.score));
            }
        }
        String status = run.appliedAt != null ? "APPLIED" : graded == pairs.size() ? "READY" : "GRADING";
        return new RegradeSummary(run.id, run.scope, status, run.requestedBy, run.requestedAt, pairs.size(), graded,
                failed, changes, run.appliedBy, run.appliedAt, run.changed);
    }

    private static boolean differs(Verdict oldVerdict, Double oldScore, Submission copy) {
        if (oldVerdict != copy.verdict) {
            return true;
        }
        double before = Objects.requireNonNullElse(oldScore, 0.0);
        double after = Objects.requireNonNullElse(copy.score, 0.0);
        return Math.abs(before - after) > SCORE_EPSILON;
    }
}

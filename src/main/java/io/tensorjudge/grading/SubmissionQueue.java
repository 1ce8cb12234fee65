package io.tensorjudge.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tensorjudge.common.InstanceName;
import io.tensorjudge.config.GradingConfig;
import io.tensorjudge.config.QueueConfig;
import io.tensorjudge.config.RoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The submission table as the grading queue shared by every instance: a worker claims a submission under a lease
 * (SELECT ... FOR UPDATE SKIP LOCKED, then a conditional update), keeps the lease alive while it grades, and records
 * the result only while its claim is still the current one, so exactly once. {@link SubmissionService} queues them.
 */
@ApplicationScoped
class SubmissionQueue {

    private final GradingConfig config;
    private final QueueConfig queueConfig;
    private final SubmissionEvents events;
    private final ObjectMapper json;
    /** Wake-ups for this instance's workers after a submit here or elsewhere; a hint only: the database is the queue. */
    private final LinkedBlockingQueue<String> ready = new LinkedBlockingQueue<>(10_000);

    SubmissionQueue(GradingConfig config, QueueConfig queueConfig, SubmissionEvents events, ObjectMapper json,
            RoleConfig role) {
        this.config = config;
        this.queueConfig = queueConfig;
        this.events = events;
        this.json = json;
        if (role.role().grades()) {
            events.onQueued(ready::offer); // dropped when full: idle workers poll the database anyway
        }
    }

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
     * The window holds only rows of the highest claimable priority: the locking query takes any row of the window,
     * so an ORDER BY priority alone would let a regrade copy (priority -1) go before a live submission.
     */
    private static final String LOCK_NEXT = "select id, claims from submission where " + CLAIMABLE
            + " and id in (select id from submission where " + CLAIMABLE
            + " and priority = (select max(priority) from submission where " + CLAIMABLE + ")"
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
        ready.poll(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
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

    private String toJson(GradeReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

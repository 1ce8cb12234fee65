package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tensorjudge.common.Verdict;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grading queue as several instances share it (on H2 and, in the PostgreSQL pass, on PostgreSQL): claims under a
 * lease, heartbeat, take-over after expiry only, completion only by the current claim. The app runs without worker
 * threads, so only the claimers of the test touch the queue; each "instance" is an owner name.
 */
@QuarkusTest
@TestProfile(SubmissionQueueTest.NoWorkers.class)
class SubmissionQueueTest {

    public static class NoWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tensorjudge.grading.workers", "0", "tensorjudge.queue.lease", "30s");
        }
    }

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String CLIENT = "queue-test";

    @Inject
    SubmissionQueue submissions;

    /** Claimable rows other tests left in the shared database, held for the test's duration and handed back after. */
    private final List<SubmissionQueue.Claim> heldElsewhere = new ArrayList<>();
    private Instant t0;

    @BeforeEach
    void holdWhatOthersLeft() {
        t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        // Leased far beyond any time a test uses, so they are neither claimable nor expired during the test.
        Instant later = t0.plus(Duration.ofDays(1));
        for (Optional<SubmissionQueue.Claim> c = submissions.claimNext("bystander", later); c.isPresent();
                c = submissions.claimNext("bystander", later)) {
            heldElsewhere.add(c.get());
        }
    }

    @AfterEach
    void cleanUp() {
        heldElsewhere.forEach(submissions::release);
        QuarkusTransaction.requiringNew().run(() -> Submission.delete("client", CLIENT));
    }

    @Test
    void shouldNeverGiveOneSubmissionToTwoConcurrentClaimers() throws Exception {
        int count = 120;
        int claimers = 8;
        List<String> mine = queue(count);
        CyclicBarrier together = new CyclicBarrier(claimers);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < claimers; i++) {
            String owner = "instance-" + i;
            results.add(pool.submit(() -> {
                together.await();
                List<String> got = new ArrayList<>();
                for (Optional<SubmissionQueue.Claim> c = submissions.claimNext(owner, Instant.now()); c.isPresent();
                        c = submissions.claimNext(owner, Instant.now())) {
                    got.add(c.get().id());
                }
                return got;
            }));
        }
        List<String> claimed = new ArrayList<>();
        List<Integer> perClaimer = new ArrayList<>();
        for (Future<List<String>> f : results) {
            claimed.addAll(f.get());
            perClaimer.add(f.get().size());
        }
        pool.shutdown();

        assertThat(claimed).as("each claimed once").doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).as("all claimed").isEqualTo(new HashSet<>(mine));
        assertThat(claimsOf(mine)).as("claims column").containsOnly(1);
        System.out.printf("queue: %d submissions claimed by %d concurrent claimers, per claimer %s%n", count,
                claimers, perClaimer);
    }

    @Test
    void shouldClaimEveryLiveSubmissionBeforeAnyRegradeCopyEvenAnOlderOne() {
        // 40 regrade copies queued before 5 live submissions: more than the claim window of 32 rows.
        List<String> copies = queue(40);
        QuarkusTransaction.requiringNew().run(() -> Submission.update("priority = ?1, origin = ?2 where id in ?3",
                Submission.REGRADE_PRIORITY, Submission.Origin.REGRADE, copies));
        t0 = t0.plusSeconds(60);
        List<String> live = queue(5);

        List<String> order = new ArrayList<>();
        for (Optional<SubmissionQueue.Claim> c = submissions.claimNext("instance-a", t0); c.isPresent();
                c = submissions.claimNext("instance-a", t0)) {
            order.add(c.get().id());
        }

        assertThat(order).hasSize(45);
        assertThat(order.subList(0, 5)).as("live first").containsExactlyInAnyOrderElementsOf(live);
        assertThat(order.subList(5, 45)).as("then the copies").containsExactlyInAnyOrderElementsOf(copies);
    }

    @Test
    void shouldClaimALiveSubmissionQueuedWhileRegradeCopiesAreBeingClaimed() {
        List<String> copies = queue(3);
        QuarkusTransaction.requiringNew().run(() -> Submission.update("priority = ?1, origin = ?2 where id in ?3",
                Submission.REGRADE_PRIORITY, Submission.Origin.REGRADE, copies));
        assertThat(copies).contains(submissions.claimNext("instance-a", t0).orElseThrow().id());
        t0 = t0.plusSeconds(60);
        String live = queue(1).get(0);
        assertThat(submissions.claimNext("instance-a", t0).orElseThrow().id()).isEqualTo(live);
    }

    @Test
    void shouldNotTakeOverALiveLeaseButShouldTakeOverAnExpiredOne() {
        String id = queue(1).get(0);
        SubmissionQueue.Claim first = submissions.claimNext("instance-a", t0).orElseThrow();
        assertThat(first.id()).isEqualTo(id);
        assertThat(first.number()).isEqualTo(1);

        // A restarting instance (a new owner) finds it RUNNING under a live lease: not its to take.
        assertThat(submissions.claimNext("instance-b", t0.plus(LEASE).minusSeconds(1))).isEmpty();

        SubmissionQueue.Claim takeover = submissions.claimNext("instance-b", t0.plus(LEASE).plusSeconds(1))
                .orElseThrow();
        assertThat(takeover.id()).isEqualTo(id);
        assertThat(takeover.owner()).isEqualTo("instance-b");
        assertThat(takeover.number()).isEqualTo(2);
        Submission row = submissions.load(id);
        assertThat(row.status).isEqualTo(Submission.Status.RUNNING);
        assertThat(row.claimedBy).isEqualTo("instance-b");
        assertThat(row.leaseUntil).isEqualTo(t0.plus(LEASE).plusSeconds(1).plus(LEASE));
    }

    @Test
    void shouldKeepTheLeaseWhileTheHeartbeatExtendsIt() {
        String id = queue(1).get(0);
        SubmissionQueue.Claim claim = submissions.claimNext("instance-a", t0).orElseThrow();
        assertThat(submissions.extend(claim, t0.plusSeconds(20))).isTrue(); // lease now until t0 + 50 s

        assertThat(submissions.claimNext("instance-b", t0.plusSeconds(40))).as("extended lease is live").isEmpty();
        assertThat(submissions.claimNext("instance-b", t0.plusSeconds(51))).map(SubmissionQueue.Claim::id)
                .contains(id);
    }

    @Test
    void shouldRefuseTheCompletionOfAWorkerWhoseLeaseWasTakenOver() {
        String id = queue(1).get(0);
        SubmissionQueue.Claim stale = submissions.claimNext("instance-a", t0).orElseThrow();
        SubmissionQueue.Claim current = submissions.claimNext("instance-b", t0.plus(LEASE).plusSeconds(1))
                .orElseThrow();

        assertThat(submissions.extend(stale, t0.plus(LEASE).plusSeconds(2))).as("stale heartbeat").isFalse();
        assertThat(submissions.complete(stale, report(Verdict.WRONG_ANSWER))).as("stale completion").isFalse();
        assertThat(submissions.load(id).status).isEqualTo(Submission.Status.RUNNING);

        assertThat(submissions.complete(current, report(Verdict.ACCEPTED))).isTrue();
        assertThat(submissions.complete(current, report(Verdict.WRONG_ANSWER))).as("second completion").isFalse();
        assertThat(submissions.complete(stale, report(Verdict.WRONG_ANSWER))).as("stale, after DONE").isFalse();
        Submission row = submissions.load(id);
        assertThat(row.status).isEqualTo(Submission.Status.DONE);
        assertThat(row.verdict).isEqualTo(Verdict.ACCEPTED);
        assertThat(row.gradings).as("recorded exactly once").isEqualTo(1);
        assertThat(row.claimedBy).isEqualTo("instance-b");
        // DONE is final: no lease, nothing to take over however late.
        assertThat(row.leaseUntil).isNull();
        assertThat(submissions.claimNext("instance-c", t0.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void shouldQueueAReleasedClaimAtOnceAndRefuseItsLateCompletion() {
        String id = queue(1).get(0);
        SubmissionQueue.Claim released = submissions.claimNext("instance-a", t0).orElseThrow();
        assertThat(submissions.release(released)).isTrue();

        SubmissionQueue.Claim next = submissions.claimNext("instance-b", t0.plusSeconds(1)).orElseThrow();
        assertThat(next.id()).isEqualTo(id);
        assertThat(submissions.complete(released, report(Verdict.WRONG_ANSWER))).isFalse();
        assertThat(submissions.complete(next, report(Verdict.ACCEPTED))).isTrue();
    }

    @Test
    void shouldTakeOverARunningSubmissionWithoutALease() {
        // What a version without leases left RUNNING when it was killed (migration V10 adds the lease as null).
        String id = queue(1).get(0);
        QuarkusTransaction.requiringNew().run(() -> Submission.update("status = ?1, claims = 1 where id = ?2",
                Submission.Status.RUNNING, id));
        assertThat(submissions.claimNext("instance-a", t0)).map(SubmissionQueue.Claim::number).contains(2);
    }

    private List<String> queue(int count) {
        List<String> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                Submission s = new Submission();
                s.id = UUID.randomUUID().toString();
                s.exerciseId = "softmax";
                s.exerciseVersion = "queue-test";
                s.language = "python";
                s.mode = "submit";
                s.code = "pass\n";
                s.status = Submission.Status.QUEUED;
                s.client = CLIENT;
                s.origin = Submission.Origin.PRACTICE;
                s.createdAt = t0.minusSeconds(count - i);
                s.persist();
                ids.add(s.id);
            }
        });
        return Collections.unmodifiableList(ids);
    }

    private List<Integer> claimsOf(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>list("id in ?1", ids).stream()
                .map(s -> s.claims).toList());
    }

    private static GradeReport report(Verdict verdict) {
        return new GradeReport(verdict, verdict == Verdict.ACCEPTED ? 1.0 : 0.0, List.of(), "", null);
    }
}

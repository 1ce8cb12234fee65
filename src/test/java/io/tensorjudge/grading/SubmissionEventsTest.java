package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tensorjudge.config.EventsConfig;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Submission events across instances. On PostgreSQL (the PostgreSQL pass) a second listener, as another instance
 * would run it, hears what this app raises within 1 s and the other way round, also after its connection was
 * terminated. On both databases a change nobody announced reaches a follower by polling while no listener listens.
 */
@QuarkusTest
@TestProfile(SubmissionQueueTest.NoWorkers.class)
class SubmissionEventsTest {

    private static final String OTHER = "other-instance";

    @Inject
    SubmissionEvents events;
    @Inject
    SubmissionListener listener;
    @Inject
    SubmissionBroadcast broadcast;
    @Inject
    EventsConfig config;
    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private SubmissionListener otherListener;

    @AfterEach
    void stopOther() {
        if (otherListener != null) {
            otherListener.stop();
        }
        listener.start();
    }

    /** A second instance on the same database: its own events, broadcast (another name) and listener. */
    private SubmissionEvents otherInstance() throws InterruptedException {
        SubmissionEvents other = new SubmissionEvents(new SubmissionBroadcast(dataSource, true, OTHER));
        otherListener = new SubmissionListener(url, user, password.orElse(null), other, broadcast, config, OTHER);
        otherListener.start();
        awaitListening(otherListener);
        awaitListening(listener);
        return other;
    }

    @Test
    void shouldDeliverAnEventRaisedOnOneInstanceToAFollowerOnAnotherWithinASecond() throws Exception {
        Assumptions.assumeTrue(broadcast.enabled(), "LISTEN/NOTIFY needs PostgreSQL (the PostgreSQL pass runs this)");
        SubmissionEvents other = otherInstance();
        String id = UUID.randomUUID().toString();
        BlockingQueue<Long> heardThere = new LinkedBlockingQueue<>();
        other.listen(id, changed -> heardThere.add(System.nanoTime()));
        BlockingQueue<String> queuedThere = new LinkedBlockingQueue<>();
        other.onQueued(queuedThere::add);

        long raised = System.nanoTime();
        events.changed(id);
        Long heard = heardThere.poll(1, TimeUnit.SECONDS);
        assertThat(heard).as("the other instance's follower heard the change within 1 s").isNotNull();
        System.out.printf("submission event across instances: %.1f ms%n", (heard - raised) / 1e6);
        events.queued(id);
        assertThat(queuedThere.poll(1, TimeUnit.SECONDS)).as("the other instance's workers woken").isEqualTo(id);

        // And back: what the other instance raises reaches a follower here.
        BlockingQueue<String> heardHere = new LinkedBlockingQueue<>();
        Runnable stop = events.listen(id, heardHere::add);
        other.changed(id);
        assertThat(heardHere.poll(1, TimeUnit.SECONDS)).isEqualTo(id);
        stop.run();
        assertThat(heardThere.poll(200, TimeUnit.MILLISECONDS)).as("its own events are told there once").isNotNull();
        assertThat(heardThere.poll(300, TimeUnit.MILLISECONDS)).as("not again through its own listener").isNull();
    }

    @Test
    void shouldListenAgainAfterItsConnectionWasTerminated() throws Exception {
        Assumptions.assumeTrue(broadcast.enabled(), "LISTEN/NOTIFY needs PostgreSQL (the PostgreSQL pass runs this)");
        SubmissionEvents other = otherInstance();
        Instant before = otherListener.listeningSince();
        int backend = otherListener.backendPid();
        try (Connection db = dataSource.getConnection();
                PreparedStatement terminate = db.prepareStatement("select pg_terminate_backend(?)")) {
            terminate.setInt(1, backend);
            terminate.execute();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (otherListener.listeningSince() == null || !otherListener.listeningSince().isAfter(before)) {
            assertThat(System.nanoTime()).as("listening again").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(otherListener.backendPid()).isNotEqualTo(backend);
        String id = UUID.randomUUID().toString();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        other.listen(id, heard::add);
        events.changed(id);
        assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(id);
    }

    @Test
    void shouldTellAFollowerOfAChangeNobodyAnnouncedByPollingWhileNoListenerListens() throws Exception {
        listener.stop(); // on H2 it never ran: no notification can arrive either way
        assertThat(listener.listeningSince()).isNull();
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            Submission s = new Submission();
            s.id = id;
            s.exerciseId = "softmax";
            s.exerciseVersion = "events-test";
            s.language = "python";
            s.mode = "submit";
            s.code = "pass";
            s.status = Submission.Status.RUNNING;
            s.origin = Submission.Origin.PRACTICE;
            s.claimedBy = "events-test";
            s.leaseUntil = Instant.now().plus(Duration.ofHours(1)); // nobody takes it over meanwhile
            s.createdAt = Instant.now();
            s.persist();
        });
        try {
            followByPolling(id);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Submission.deleteById(id)); // the database is shared by tests
        }
    }

    private void followByPolling(String id) throws InterruptedException {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        Runnable stop = events.listen(id, heard::add);
        long wait = config.pollInterval().toMillis() * 3;
        assertThat(heard.poll(wait, TimeUnit.MILLISECONDS)).as("first poll: RUNNING").isEqualTo(id);
        assertThat(heard.poll(config.pollInterval().toMillis() + 500, TimeUnit.MILLISECONDS))
                .as("no change, no event").isNull();
        // Done "elsewhere": the row changes and no event is raised here.
        QuarkusTransaction.requiringNew().run(() -> Submission.update("status = ?1 where id = ?2",
                Submission.Status.DONE, id));
        long changed = System.nanoTime();
        assertThat(heard.poll(wait, TimeUnit.MILLISECONDS)).as("the change, read by the poller").isEqualTo(id);
        System.out.printf("submission change found by polling: %.0f ms%n", (System.nanoTime() - changed) / 1e6);
        stop.run();
    }

    private static void awaitListening(SubmissionListener listener) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (listener.listeningSince() == null) {
            assertThat(System.nanoTime()).as("listening").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

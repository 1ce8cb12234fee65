package io.tensorjudge.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tensorjudge.JsonClient;
import io.tensorjudge.JsonClient.Reply;
import io.tensorjudge.LoadBalancer;
import io.tensorjudge.PackagedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on one PostgreSQL database behind Debian's nginx (round robin), as docs/operations.md
 * describes a cluster (issue 13 part 3). Through the balancer: 500 submissions of solutions and known mutants of a
 * few exercises; one instance is killed with SIGKILL once about a third are DONE and left dead, so the survivor
 * must take its leased work over once the (shortened) lease expires. Every submission ends DONE exactly once with
 * the verdict its file declares. A staff login made on one instance works on the other (shared session key), an
 * autosave written through one is read back through the other, and an exercise version published on B is graded
 * at that version by A. Runs in the PostgreSQL pass of ./tensorjudge test.
 */
class ClusterIT {

    private static final int SUBMISSIONS = 500;
    private static final List<String> EXERCISES = List.of("softmax", "log-softmax", "logsumexp", "gelu");
    private static final Pattern EXPECT = Pattern.compile("^# expect: ([A-Z_]+)");
    private static final String ADMIN_PASSWORD = "cluster-test-admin-password";
    private static final String SESSION_KEY = "cluster-test-session-key-0123456789abcdef";
    private static final Duration LEASE = Duration.ofSeconds(5);
    /** The exercise a new version of is published on one instance and graded on the other (5 generated mutants). */
    private static final String PUBLISHED = "exponential-lr";

    /** One file to submit and the verdict it must get. */
    record Sample(String exercise, String file, String code, String verdict) {
    }

    @Test
    void shouldGradeEverySubmissionExactlyOnceThroughABalancerWhileOneInstanceIsKilled() throws Exception {
        Assumptions.assumeTrue(System.getenv("TENSORJUDGE_DB_URL") != null,
                "instances share a database only on PostgreSQL (the PostgreSQL pass of ./tensorjudge test)");
        assertThat(LoadBalancer.available()).as("Debian's nginx (./tensorjudge test installs it)").isTrue();
        List<Sample> samples = samples();
        try (PackagedServer a = configure(new PackagedServer("cluster-a"));
                PackagedServer b = configure(new PackagedServer("cluster-b", a))) {
            long t0 = System.nanoTime();
            a.start(); // first: it migrates the schema and creates the admin
            b.start();
            a.awaitReady(Duration.ofMinutes(3));
            b.awaitReady(Duration.ofMinutes(3));
            System.out.printf("cluster: 2 instances ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            try (LoadBalancer balancer = new LoadBalancer(List.of(a.port(), b.port()))) {
                staffLoginWorksOnTheOtherInstance(a, b, balancer);
                autosaveIsReadBackThroughTheOtherInstance(a, b);
                String published = publishOn(b);
                gradeThroughTheBalancerAcrossAKill(a, b, balancer, samples, published);
            }
        }
    }

    private static PackagedServer configure(PackagedServer server) {
        return server.env("TENSORJUDGE_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .env("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY)
                .property("tensorjudge.practice.rate-limit-per-minute", "0")
                .property("tensorjudge.grading.workers", "2")
                .property("tensorjudge.sandbox.java.warm-workers", "0")
                .property("tensorjudge.queue.lease", LEASE.toSeconds() + "s")
                .property("tensorjudge.queue.heartbeat", "1s");
    }

    private void staffLoginWorksOnTheOtherInstance(PackagedServer a, PackagedServer b, LoadBalancer balancer) {
        JsonClient onA = new JsonClient(a.base());
        onA.login("admin", ADMIN_PASSWORD);
        assertThat(onA.at(b.base()).expect(200, "GET", "/api/v1/staff/me", null).path("username").asText())
                .as("a session made on A, on B").isEqualTo("admin");
        JsonClient viaBalancer = new JsonClient(balancer.base());
        viaBalancer.login("admin", ADMIN_PASSWORD);
        for (String base : List.of(a.base(), b.base())) {
            assertThat(viaBalancer.at(base).get("/api/v1/staff/me").status()).as("balancer's session on " + base)
                    .isEqualTo(200);
        }
        assertThat(new JsonClient(b.base()).get("/api/v1/staff/me").status()).as("no session").isEqualTo(401);
    }

    private void autosaveIsReadBackThroughTheOtherInstance(PackagedServer a, PackagedServer b) {
        JsonClient staff = new JsonClient(a.base());
        staff.login("admin", ADMIN_PASSWORD);
        JsonNode assessment = staff.expect(201, "POST", "/api/v1/assessments", Map.of("title", "cluster test",
                "timeLimitMinutes", 60, "languages", List.of("python"), "allowRun", false,
                "items", List.of(Map.of("kind", "EXERCISE", "refId", "softmax", "points", 5))));
        long item = assessment.get("items").get(0).get("id").asLong();
        JsonNode invite = staff.at(b.base()).expect(201, "POST", "/api/v1/assessments/" + assessment.get("id").asLong()
                + "/invites", Map.of("name", "Cluster Candidate", "email", "cluster@example.org"));
        String link = invite.get("link").asText();
        String token = link.substring(link.lastIndexOf('/') + 1);
        JsonClient candidateOnA = new JsonClient(a.base());
        JsonClient candidateOnB = new JsonClient(b.base());
        candidateOnB.expect(200, "POST", "/api/v1/attempts/" + token + "/start", null);
        String code = "# saved through instance A\ndef softmax(x, axis=-1):\n    return x\n";
        candidateOnA.expect(200, "PUT", "/api/v1/attempts/" + token + "/items/" + item + "/work",
                Map.of("language", "python", "code", code));
        String read = null;
        for (JsonNode i : candidateOnB.expect(200, "GET", "/api/v1/attempts/" + token, null).path("items")) {
            if (i.path("itemId").asLong() == item) {
                read = i.path("savedCode").asText(null);
            }
        }
        assertThat(read).as("autosave written on A, read on B").isEqualTo(code);
    }

    /** Publishes a new version of {@value #PUBLISHED} through {@code server}'s authoring API; returns the version. */
    private static String publishOn(PackagedServer server) {
        JsonClient instructor = new JsonClient(server.base());
        instructor.login("admin", ADMIN_PASSWORD); // the admin acts as every role
        String path = "/api/v1/authoring/exercises/" + PUBLISHED;
        JsonNode open = instructor.expect(200, "GET", path, null);
        Map<String, String> files = new HashMap<>();
        open.get("files").fields().forEachRemaining(f -> files.put(f.getKey(), f.getValue().asText()));
        String yaml = files.get("exercise.yaml");
        String changed = yaml.replace("en: Exponential learning-rate decay}",
                "en: Exponential learning-rate decay (cluster " + System.nanoTime() + ")}");
        assertThat(changed).as("the title to change").isNotEqualTo(yaml);
        files.put("exercise.yaml", changed);
        JsonNode draft = instructor.expect(200, "PUT", path + "/draft", Map.of("files", files));
        assertThat(draft.path("publishable").asBoolean()).as(draft.path("problems").toString()).isTrue();
        JsonNode published = instructor.expect(200, "POST", path + "/publish", null);
        assertThat(published.path("changed").asBoolean()).isTrue();
        return published.get("version").asText();
    }

    private void gradeThroughTheBalancerAcrossAKill(PackagedServer a, PackagedServer b, LoadBalancer balancer,
            List<Sample> samples, String publishedOnB) throws Exception {
        Map<String, Sample> acked = new ConcurrentHashMap<>();
        AtomicInteger retried = new AtomicInteger();
        JsonClient client = new JsonClient(balancer.base());
        ExecutorService clients = Executors.newFixedThreadPool(16);
        ExecutorService killer = Executors.newSingleThreadExecutor();
        long t0 = System.nanoTime();
        // Kill B (SIGKILL, left dead) once a third are DONE, whether or not all are posted yet.
        Future<Set<String>> orphaned = killer.submit(() -> {
            awaitDone(a, SUBMISSIONS / 3, Duration.ofMinutes(3));
            b.kill9();
            return runningOf(a, b.pid());
        });
        List<Future<?>> posted = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            Sample sample = samples.get(i % samples.size());
            posted.add(clients.submit(() -> post(client, sample, acked, retried)));
        }
        for (Future<?> f : posted) {
            f.get(3, TimeUnit.MINUTES);
        }
        clients.shutdown();
        double postedSeconds = (System.nanoTime() - t0) / 1e9;
        Set<String> leftRunningByB = orphaned.get(3, TimeUnit.MINUTES);
        killer.shutdown();
        // B, which published the new version, is dead: A serves and grades it.
        JsonNode onA = new JsonClient(a.base()).expect(202, "POST", "/api/v1/exercises/" + PUBLISHED + "/submissions",
                Map.of("language", "python", "mode", "submit", "code",
                        Files.readString(Path.of("exercises", PUBLISHED, "solution.py"))));
        String publishedSubmission = onA.get("id").asText();
        int total = countRows(a);
        awaitDone(a, total, Duration.ofMinutes(2));
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, Object[]> rows = rows(a);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Sample> e : acked.entrySet()) {
            Object[] row = rows.get(e.getKey());
            String expected = e.getValue().exercise() + "/" + e.getValue().file() + " " + e.getValue().verdict();
            if (row == null) {
                wrong.add(e.getKey() + ": acknowledged (202) but missing; " + expected);
            } else if (!"DONE".equals(row[0]) || !e.getValue().verdict().equals(row[1]) || (int) row[2] != 1) {
                wrong.add(e.getKey() + ": " + row[0] + " " + row[1] + " gradings=" + row[2] + "; " + expected);
            }
        }
        Set<String> graders = new HashSet<>();
        int takenOver = 0;
        for (Map.Entry<String, Object[]> e : rows.entrySet()) {
            Object[] row = e.getValue();
            graders.add(String.valueOf(row[4]));
            takenOver += (int) row[3] > 1 ? 1 : 0;
            if (!"DONE".equals(row[0]) || (int) row[2] != 1) {
                wrong.add(e.getKey() + " (all rows, sent again or not): " + row[0] + " gradings=" + row[2]);
            }
        }
        Object[] graded = rows.get(publishedSubmission);
        assertThat(List.of(graded[0], graded[1], graded[5])).as("published on B, submitted to and graded by A")
                .containsExactly("DONE", "ACCEPTED", publishedOnB);
        assertThat(String.valueOf(graded[4])).contains(":" + a.pid() + ":");
        List<String> notTakenOver = leftRunningByB.stream()
                .filter(id -> (int) rows.get(id)[3] < 2 || String.valueOf(rows.get(id)[4]).contains(":" + b.pid() + ":"))
                .toList();
        System.out.printf("cluster: %d acknowledged submissions (%d rows, %d client retries) posted in %.1f s, all DONE "
                + "after %.1f s (%.1f gradings/s); kill -9 of B left %d RUNNING, %d rows claimed twice; graded by %d "
                + "instances; wrong %d%n", acked.size(), rows.size(), retried.get(), postedSeconds, seconds,
                rows.size() / seconds, leftRunningByB.size(), takenOver, graders.size(), wrong.size());
        assertThat(wrong).as("every submission DONE exactly once with its declared verdict").isEmpty();
        assertThat(acked).hasSize(SUBMISSIONS);
        assertThat(graders).as("both instances graded").hasSize(2);
        assertThat(notTakenOver).as("B's leased work, taken over by A after the lease").isEmpty();
    }

    /** Posts one submission until it is acknowledged (202); a call B's death cut off is sent again. */
    private static void post(JsonClient client, Sample sample, Map<String, Sample> acked, AtomicInteger retried) {
        for (int attempt = 0; attempt < 30; attempt++) {
            Reply reply = client.send("POST", "/api/v1/exercises/" + sample.exercise() + "/submissions",
                    Map.of("language", "python", "mode", "submit", "code", sample.code()));
            if (reply != null && reply.status() == 202) {
                acked.put(reply.body().get("id").asText(), sample);
                return;
            }
            assertThat(reply == null || reply.status() == 502 || reply.status() == 503 || reply.status() == 504)
                    .as(reply == null ? "no answer" : reply.status() + " " + reply.raw()).isTrue();
            retried.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("not acknowledged after 30 tries: " + sample.file());
    }

    /** Solutions (ACCEPTED) and the hand-written Python mutants (their `# expect:` verdict) of a few exercises. */
    private static List<Sample> samples() throws IOException {
        List<Sample> solutions = new ArrayList<>();
        List<Sample> mutants = new ArrayList<>();
        for (String exercise : EXERCISES) {
            Path dir = Path.of("exercises", exercise);
            solutions.add(new Sample(exercise, "solution.py", Files.readString(dir.resolve("solution.py")), "ACCEPTED"));
            try (Stream<Path> files = Files.list(dir.resolve("mutants"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                    String code = Files.readString(file);
                    Matcher m = EXPECT.matcher(code);
                    assertThat(m.find()).as(file + " declares its verdict").isTrue();
                    mutants.add(new Sample(exercise, "mutants/" + file.getFileName(), code, m.group(1)));
                }
            }
        }
        // Half solutions, half mutants, interleaved.
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < mutants.size(); i++) {
            samples.add(solutions.get(i % solutions.size()));
            samples.add(mutants.get(i));
        }
        return samples;
    }

    private static void awaitDone(PackagedServer server, int done, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(server, "select count(*) from submission where status = 'DONE'") < done) {
            assertThat(System.nanoTime()).as(done + " submissions DONE within " + timeout).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static int countRows(PackagedServer server) throws SQLException {
        return count(server, "select count(*) from submission");
    }

    private static int count(PackagedServer server, String sql) throws SQLException {
        try (Connection db = server.openDatabase(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** What the killed instance (process {@code pid}) held RUNNING: only lease expiry can free these. */
    private static Set<String> runningOf(PackagedServer server, long pid) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection db = server.openDatabase(); PreparedStatement q = db.prepareStatement(
                "select id from submission where status = 'RUNNING' and claimed_by like ?")) {
            q.setString(1, "%:" + pid + ":%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** id -> status, verdict, gradings, claims, claimed_by, exercise_version. */
    private static Map<String, Object[]> rows(PackagedServer server) throws SQLException {
        Map<String, Object[]> rows = new HashMap<>();
        try (Connection db = server.openDatabase(); ResultSet rs = db.createStatement().executeQuery(
                "select id, status, verdict, gradings, claims, claimed_by, exercise_version from submission")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                    rs.getString(6), rs.getString(7)});
            }
        }
        return rows;
    }
}

package io.tensorjudge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tensorjudge.JsonClient;
import io.tensorjudge.JsonClient.Reply;
import io.tensorjudge.PackagedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The database lost while running (issue 13, part 2): the throwaway PostgreSQL cluster of the PostgreSQL pass is
 * stopped under a packaged server that clients keep writing to (practice answers and submissions), then started
 * again. While it is away readiness is DOWN, the API answers 503 problem+json with Retry-After and pages a readable
 * 503; nothing else (no 500). Once it is back the server recovers by itself (no restart), and every write that got a
 * 2xx is in the database, every 202 submission graded. Needs TENSORJUDGE_DB_URL (skipped on the H2 pass: an embedded
 * database cannot go away alone).
 */
class DatabaseOutageIT {

    private static final int WRITERS = 4;
    private static final String SOFTMAX = "import numpy as np\n\ndef softmax(x, axis=-1):\n"
            + "    e = np.exp(x - x.max(axis=axis, keepdims=True))\n    return e / e.sum(axis=axis, keepdims=True)\n";

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger ackedAnswers = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> acknowledgedSubmissions = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldAnswer503WhileTheDatabaseIsAwayAndRecoverByItselfLosingNothingAcknowledged() throws Exception {
        assumeTrue(System.getenv("TENSORJUDGE_DB_URL") != null, "needs the PostgreSQL pass (TENSORJUDGE_DB_URL)");
        Cluster cluster = Cluster.serving(URI.create(System.getenv("TENSORJUDGE_DB_URL").substring(5)).getPort());
        try (PackagedServer server = new PackagedServer("db-outage")) {
            server.property("tensorjudge.practice.rate-limit-per-minute", "0")
                    .property("tensorjudge.practice.answer-rate-limit-per-minute", "0")
                    .property("tensorjudge.grading.workers", "2");
            server.start();
            server.awaitReady(Duration.ofMinutes(2));
            JsonClient client = new JsonClient(server.base());
            JsonNode question = client.expect(200, "GET", "/api/v1/questions", null).get(0);
            String questionId = question.get("id").asText();
            String key = question.get("choices").get(0).get("key").asText();

            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                writers.add(pool.submit(() -> write(client, questionId, key)));
            }
            awaitAcks(50, Duration.ofSeconds(30));
            long stoppedAt = System.nanoTime();
            cluster.stop();
            int ackedBeforeOutage = ackedAnswers.get();

            assertThat(awaitStatus(server.base() + "/q/health/ready", 503, Duration.ofSeconds(20)))
                    .as("readiness DOWN while the database is away").isTrue();
            HttpResponse<String> api = request(server.base() + "/api/v1/questions");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.body()).contains("database is unreachable");
            HttpResponse<String> page = request(server.base() + "/questions");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("database is unreachable");
            int refusedDuringOutage = refused.get();

            cluster.start();
            long restartedAt = System.nanoTime();
            server.awaitReady(Duration.ofSeconds(30));
            long recovered = System.nanoTime();
            awaitAcks(50, Duration.ofSeconds(30));
            stop.set(true);
            for (Future<?> writer : writers) {
                writer.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();

            List<String> notGraded = awaitGraded(client, Duration.ofSeconds(60));
            long stored;
            try (Connection db = server.openDatabase();
                    ResultSet rs = db.createStatement().executeQuery("select count(*) from mcq_answer")) {
                rs.next();
                stored = rs.getLong(1);
            }
            System.out.printf("database outage: down %.1f s, ready again %.1f s after the restart, %d answers "
                    + "acknowledged (%d before the outage), %d stored, %d submissions acknowledged, %d refused "
                    + "with 503%n", (restartedAt - stoppedAt) / 1e9, (recovered - restartedAt) / 1e9,
                    ackedAnswers.get(), ackedBeforeOutage, stored, acknowledgedSubmissions.size(), refused.get());
            if (!unexpected.isEmpty()) { // the server's side of it, for the report
                server.log().lines().filter(l -> l.contains("ERROR") || l.contains("Exception") || l.startsWith("\tat "))
                        .limit(80).forEach(System.out::println);
            }
            assertThat(unexpected).as("answers other than 2xx/503 or no answer").isEmpty();
            assertThat(refusedDuringOutage).as("writes refused with 503 while the database was away").isPositive();
            assertThat(stored).as("acknowledged answers in the database").isGreaterThanOrEqualTo(ackedAnswers.get());
            assertThat(acknowledgedSubmissions).isNotEmpty();
            assertThat(notGraded).as("acknowledged submissions not graded").isEmpty();
        } finally {
            cluster.ensureRunning();
        }
    }

    /** One client: answers the question and now and then submits code, until told to stop. */
    private void write(JsonClient client, String questionId, String key) {
        for (int step = 0; !stop.get(); step++) {
            Reply answer = client.send("POST", "/api/v1/questions/" + questionId + "/answers",
                    Map.of("choices", List.of(key)));
            if (counted(answer, "answer")) {
                ackedAnswers.incrementAndGet();
            }
            if (step % 10 == 0) {
                Reply submitted = client.send("POST", "/api/v1/exercises/softmax/submissions",
                        Map.of("language", "python", "mode", "submit", "code", SOFTMAX));
                if (counted(submitted, "submission")) {
                    acknowledgedSubmissions.add(submitted.body().get("id").asText());
                }
            }
            pause(20);
        }
    }

    /** True for a 2xx; a 503 is a refusal (not acknowledged), anything else is a failure of the test. */
    private boolean counted(Reply reply, String what) {
        if (reply == null) {
            unexpected.add(what + ": no answer (the server must keep answering while the database is away)");
            return false;
        }
        if (reply.status() == 503) {
            refused.incrementAndGet();
            pause(200);
            return false;
        }
        if (!reply.ok()) {
            unexpected.add(what + " -> " + reply.status() + " " + reply.raw());
            return false;
        }
        return true;
    }

    private List<String> awaitGraded(JsonClient client, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> pending;
        do {
            pending = new ArrayList<>();
            for (String id : acknowledgedSubmissions) {
                Reply reply = client.get("/api/v1/submissions/" + id);
                if (reply == null || reply.status() != 200 || !"DONE".equals(reply.body().path("status").asText())
                        || !"ACCEPTED".equals(reply.body().path("verdict").asText())) {
                    pending.add(id + ": " + (reply == null ? "no answer" : reply.status() + " " + reply.raw()));
                }
            }
            if (pending.isEmpty()) {
                return pending;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return pending;
    }

    private void awaitAcks(int more, Duration timeout) throws InterruptedException {
        int target = ackedAnswers.get() + more;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ackedAnswers.get() < target) {
            assertThat(System.nanoTime()).as("acknowledged answers (unexpected: %s)", unexpected)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private boolean awaitStatus(String url, int status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (request(url).statusCode() == status) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private HttpResponse<String> request(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The PostgreSQL cluster listening on {@code port}, found through its postmaster's command line (the
     * throwaway cluster of ./tensorjudge test: {@code postgres -D <dir> -p <port> ...}), stopped and started with
     * its own pg_ctl as the owner of its data directory, with the same options.
     */
    record Cluster(Path pgCtl, Path dataDir, List<String> options, String owner) {

        static Cluster serving(int port) throws IOException {
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path proc : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    List<String> args;
                    try {
                        args = List.of(new String(Files.readAllBytes(proc.resolve("cmdline")),
                                StandardCharsets.UTF_8).split("\0"));
                    } catch (IOException gone) {
                        continue;
                    }
                    int d = args.indexOf("-D");
                    int p = args.indexOf("-p");
                    if (!args.isEmpty() && args.get(0).endsWith("/postgres") && d > 0 && p > 0
                            && p + 1 < args.size() && args.get(p + 1).equals(String.valueOf(port))) {
                        Path data = Path.of(args.get(d + 1));
                        List<String> options = new ArrayList<>(args.subList(1, args.size()));
                        options.remove(d - 1); // "-D" and its value: pg_ctl passes -D itself
                        options.remove(d - 1);
                        return new Cluster(Path.of(args.get(0)).resolveSibling("pg_ctl"), data, options,
                                Files.getOwner(data).getName());
                    }
                }
            }
            throw new AssertionError("no postgres process serves port " + port + " on this machine");
        }

        void stop() throws Exception {
            run("-D", dataDir.toString(), "-m", "fast", "-w", "stop");
        }

        void start() throws Exception {
            run("-D", dataDir.toString(), "-w", "-l", dataDir.resolveSibling("restart.log").toString(),
                    "-o", String.join(" ", options), "start");
        }

        /** A failed test must not leave the rest of the PostgreSQL pass without its database. */
        void ensureRunning() throws Exception {
            Process status = command("status").start();
            if (status.waitFor() != 0) {
                start();
            }
        }

        private ProcessBuilder command(String... args) {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name")) && !"root".equals(owner)) {
                command.addAll(List.of("runuser", "-u", owner, "--"));
            }
            command.add(pgCtl.toString());
            if (args.length == 1) {
                command.addAll(List.of("-D", dataDir.toString()));
            }
            command.addAll(List.of(args));
            return new ProcessBuilder(command).redirectErrorStream(true);
        }

        private void run(String... args) throws Exception {
            Process process = command(args).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("pg_ctl %s: %s", String.join(" ", args), output).isZero();
        }
    }
}

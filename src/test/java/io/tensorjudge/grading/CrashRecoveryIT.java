package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged server is killed with SIGKILL while it grades a queue of 200 submissions; after a restart on the same
 * database every submission ends DONE, and each was recorded exactly once.
 */
class CrashRecoveryIT {

    private static final int SUBMISSIONS = 200;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final String CODE = "import numpy as np\\n\\ndef softmax(x, axis=-1):\\n"
            + "    e = np.exp(x - x.max(axis=axis, keepdims=True))\\n    return e / e.sum(axis=axis, keepdims=True)\\n";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldGradeEverySubmissionExactlyOnceAcrossAKill9() throws Exception {
        Path dir = Files.createTempDirectory("tj-crash");
        String jdbc = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
        int port = freePort();

        Process first = start(dir, jdbc, port, "first");
        // Queued from 16 clients at once: grading one at a time from a single client can keep pace with the queue.
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<String>> posted = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            posted.add(clients.submit(() -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base(port)
                        + "/api/v1/exercises/softmax/submissions")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"python\",\"mode\":\"submit\","
                                + "\"code\":\"" + CODE + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                Matcher m = ID.matcher(response.body());
                assertThat(m.find()).isTrue();
                return m.group(1);
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : posted) {
            ids.add(f.get());
        }
        clients.shutdown();
        // Kill it mid-way: some graded, some running, the rest queued.
        waitUntil(Duration.ofMinutes(3), () -> countDone(port, ids.subList(0, 30)) >= 10);
        int doneBeforeKill = countDone(port, ids);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(doneBeforeKill).as("killed mid-way").isLessThan(SUBMISSIONS);

        Process second = start(dir, jdbc, port, "second");
        try {
            waitUntil(Duration.ofMinutes(8), () -> countDone(port, ids) == SUBMISSIONS);
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }

        try (Connection db = DriverManager.getConnection(jdbc, "sa", "");
                ResultSet rs = db.createStatement().executeQuery("select count(*), sum(case when gradings = 1 then 1 "
                        + "else 0 end), sum(case when status = 'DONE' and verdict = 'ACCEPTED' then 1 else 0 end), "
                        + "max(claims) from submission")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rows").isEqualTo(SUBMISSIONS);
            assertThat(rs.getInt(2)).as("recorded exactly once").isEqualTo(SUBMISSIONS);
            assertThat(rs.getInt(3)).as("accepted").isEqualTo(SUBMISSIONS);
            System.out.printf("crash recovery: %d DONE before kill -9, max claims %d%n", doneBeforeKill, rs.getInt(4));
        }
    }

    private Process start(Path dir, String jdbc, int port, String name) throws Exception {
        File log = dir.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dquarkus.http.port=" + port, "-Dquarkus.datasource.jdbc.url=" + jdbc,
                "-Dtensorjudge.practice.rate-limit-per-minute=0", "-Dtensorjudge.grading.workers=2",
                "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(log).start();
        try {
            waitUntil(Duration.ofMinutes(3), () -> get(port, "/q/health/live").statusCode() == 200);
        } catch (AssertionError e) {
            process.destroyForcibly();
            throw new AssertionError("server did not start; log: " + Files.readString(log.toPath()), e);
        }
        return process;
    }

    private int countDone(int port, List<String> ids) {
        int done = 0;
        for (String id : ids) {
            Matcher m = STATUS.matcher(get(port, "/api/v1/submissions/" + id).body());
            if (m.find() && m.group(1).equals("DONE")) {
                done++;
            }
        }
        return done;
    }

    private HttpResponse<String> get(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base(port) + path)).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (NullPointerException notUpYet) {
                // no response yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("condition not met within " + timeout);
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

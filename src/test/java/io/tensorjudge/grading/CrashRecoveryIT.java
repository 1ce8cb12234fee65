package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.PackagedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        try (PackagedServer server = new PackagedServer("crash-recovery")) {
            server.property("tensorjudge.practice.rate-limit-per-minute", "0")
                    .property("tensorjudge.grading.workers", "2");
            server.start();
            String base = server.base();
            // Queued from 16 clients at once: grading one at a time from a single client can keep pace with the queue.
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<Future<String>> posted = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                posted.add(clients.submit(() -> {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
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
            waitUntil(Duration.ofMinutes(3), () -> countDone(base, ids.subList(0, 30)) >= 10);
            int doneBeforeKill = countDone(base, ids);
            server.kill9();
            assertThat(doneBeforeKill).as("killed mid-way").isLessThan(SUBMISSIONS);

            server.start();
            waitUntil(Duration.ofMinutes(8), () -> countDone(base, ids) == SUBMISSIONS);
            server.stop();

            try (Connection db = server.openDatabase();
                    ResultSet rs = db.createStatement().executeQuery("select count(*), sum(case when gradings = 1 "
                            + "then 1 else 0 end), sum(case when status = 'DONE' and verdict = 'ACCEPTED' then 1 "
                            + "else 0 end), max(claims) from submission")) {
                rs.next();
                assertThat(rs.getInt(1)).as("rows").isEqualTo(SUBMISSIONS);
                assertThat(rs.getInt(2)).as("recorded exactly once").isEqualTo(SUBMISSIONS);
                assertThat(rs.getInt(3)).as("accepted").isEqualTo(SUBMISSIONS);
                System.out.printf("crash recovery: %d DONE before kill -9, max claims %d%n", doneBeforeKill,
                        rs.getInt(4));
            }
        }
    }

    private int countDone(String base, List<String> ids) {
        int done = 0;
        for (String id : ids) {
            Matcher m = STATUS.matcher(get(base + "/api/v1/submissions/" + id).body());
            if (m.find() && m.group(1).equals("DONE")) {
                done++;
            }
        }
        return done;
    }

    private HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
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
}

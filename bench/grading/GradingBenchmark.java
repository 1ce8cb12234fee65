import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N softmax submissions from C concurrent clients through the HTTP API; each client submits, then follows its
 * submission's event stream until DONE, then submits the next. Prints gradings/s, p50/p95 submit -> DONE and,
 * in the same run, the latency of a bare `python3 -c "import numpy"` with the ratios between them.
 */
public class GradingBenchmark {

    static final String CODE = "import numpy as np\\n\\ndef softmax(x, axis=-1):\\n"
            + "    e = np.exp(x - x.max(axis=axis, keepdims=True))\\n    return e / e.sum(axis=axis, keepdims=True)\\n";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern VERDICT = Pattern.compile("\"verdict\"\\s*:\\s*\"([A-Z_]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int total = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        // Warm-up: the first grading computes the reference outputs and fills the pools.
        for (int i = 0; i < 3; i++) {
            gradeOnce(http, base);
        }
        // Other work on the machine skews every figure: record the load average around the measured part.
        String loadBefore = loadAverage();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> verdicts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        int perClient = total / clients;
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    long t0 = System.nanoTime();
                    verdicts.add(gradeOnce(http, base));
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String loadAfter = loadAverage();
        pool.shutdown();
        long accepted = verdicts.stream().filter("ACCEPTED"::equals).count();

        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            new ProcessBuilder("/usr/bin/python3", "-c", "import numpy").inheritIO().start().waitFor();
            bare.add(System.nanoTime() - t0);
        }
        double p50 = pct(latencies, 50);
        double p95 = pct(latencies, 95);
        double bare50 = pct(bare, 50);
        System.out.printf("submissions: %d from %d clients, %d ACCEPTED, %d lost%n", latencies.size(), clients,
                accepted, latencies.size() - verdicts.size());
        System.out.printf("gradings/s: %.1f%n", latencies.size() / seconds);
        System.out.printf("submit->DONE p50 %.1f ms, p95 %.1f ms%n", p50, p95);
        System.out.printf("bare python3 -c 'import numpy' p50 %.1f ms%n", bare50);
        System.out.printf("ratios: p50/bare = %.2f, p95/bare = %.2f%n", p50 / bare50, p95 / bare50);
        System.out.printf("load average (1/5/15 min) before: %s, after: %s%n", loadBefore, loadAfter);
    }

    static String gradeOnce(HttpClient http, String base) throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/exercises/softmax/submissions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"python\",\"mode\":\"submit\",\"code\":\""
                        + CODE + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(posted.body());
        if (posted.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("submit failed: " + posted.statusCode() + " " + posted.body());
        }
        // Follow it the way the page does: the event stream ends when the submission is DONE.
        HttpRequest events = HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions/" + id.group(1)
                + "/events")).header("Accept", "text/event-stream").build();
        String stream = http.send(events, HttpResponse.BodyHandlers.ofString()).body();
        Matcher verdict = VERDICT.matcher(stream);
        String last = "?";
        while (verdict.find()) {
            last = verdict.group(1);
        }
        return last;
    }

    static String loadAverage() throws java.io.IOException {
        String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}

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
 * submission's event stream until DONE, then submits the next. Prints gradings/s, lost submissions (refused, failed
 * or never DONE), p50/p95 submit -> DONE and CPU per grading over the whole chain (the server's process tree: the
 * JVM with its database, the fork server's template and every job or bwrap it started, from /proc/<pid>/stat), and,
 * in the same run, the same figures for a bare `python3 -c "import numpy"` with the ratios between them.
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
        long serverPid = args.length > 3 ? Long.parseLong(args[3]) : -1;
        HttpClient http = HttpClient.newHttpClient();
        // Warm-up, not measured: the first grading computes the reference outputs and fills the pools; then a fifth
        // of the run from all clients, so that the JIT has compiled the server's hot paths (measured: without it the
        // JIT's compiler threads were the largest part of the CPU per grading).
        for (int i = 0; i < 3; i++) {
            gradeOnce(http, base);
        }
        ExecutorService warm = Executors.newFixedThreadPool(clients);
        List<Future<?>> warming = new ArrayList<>();
        for (int i = 0; i < Math.max(clients, total / 5); i++) {
            warming.add(warm.submit(() -> gradeOnce(http, base)));
        }
        for (Future<?> f : warming) {
            f.get();
        }
        warm.shutdown();
        // Other work on the machine skews every figure: record the load average around the measured part.
        String loadBefore = loadAverage();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> verdicts = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger lost = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpuBefore = serverPid > 0 ? treeCpuTicks(serverPid) : 0;
        java.util.Map<String, Long> partsBefore = serverPid > 0 ? cpuParts(serverPid) : java.util.Map.of();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        int perClient = total / clients;
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    long t0 = System.nanoTime();
                    String verdict;
                    try {
                        verdict = gradeOnce(http, base);
                    } catch (Exception e) { // a refused or broken submission counts as lost, the run goes on
                        System.err.println("lost: " + e);
                        verdict = "?";
                    }
                    if ("?".equals(verdict)) {
                        lost.incrementAndGet();
                    } else {
                        verdicts.add(verdict);
                        latencies.add(System.nanoTime() - t0);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuTicks = serverPid > 0 ? treeCpuTicks(serverPid) - cpuBefore : 0;
        java.util.Map<String, Long> partsAfter = serverPid > 0 ? cpuParts(serverPid) : java.util.Map.of();
        String loadAfter = loadAverage();
        pool.shutdown();
        long accepted = verdicts.stream().filter("ACCEPTED"::equals).count();

        // Baseline, same run: bare launches one after another (latency, CPU), then from the same number of clients
        // (what a bare NumPy launch per grading would allow: launches/s).
        List<Long> bare = new ArrayList<>();
        long bareCpuBefore = ownChildrenTicks();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            bareNumpy();
            bare.add(System.nanoTime() - t0);
        }
        double bareCpuMs = (ownChildrenTicks() - bareCpuBefore) * 1000.0 / TICKS / bare.size();
        int bareRuns = Math.max(clients, total / 4);
        ExecutorService barePool = Executors.newFixedThreadPool(clients);
        long bareStart = System.nanoTime();
        List<Future<?>> bareRunsDone = new ArrayList<>();
        for (int i = 0; i < bareRuns; i++) {
            bareRunsDone.add(barePool.submit(() -> {
                bareNumpy();
                return null;
            }));
        }
        for (Future<?> f : bareRunsDone) {
            f.get();
        }
        double bareRate = bareRuns / ((System.nanoTime() - bareStart) / 1e9);
        barePool.shutdown();
        double p50 = pct(latencies, 50);
        double p95 = pct(latencies, 95);
        double bare50 = pct(bare, 50);
        double rate = latencies.size() / seconds;
        System.out.printf("submissions: %d from %d clients, %d DONE, %d ACCEPTED, %d lost%n", perClient * clients,
                clients, latencies.size(), accepted, lost.get());
        System.out.printf("gradings/s: %.1f (bare python3 -c 'import numpy' from %d clients: %.1f launches/s,"
                + " ratio %.2f)%n", rate, clients, bareRate, rate / bareRate);
        System.out.printf("submit->DONE p50 %.1f ms, p95 %.1f ms%n", p50, p95);
        System.out.printf("bare python3 -c 'import numpy' p50 %.1f ms%n", bare50);
        System.out.printf("ratios: p50/bare = %.2f, p95/bare = %.2f%n", p50 / bare50, p95 / bare50);
        if (serverPid > 0) {
            double perGrading = cpuTicks * 1000.0 / TICKS / Math.max(1, latencies.size());
            System.out.printf("CPU per grading (server pid %d and its whole process tree): %.1f ms;"
                    + " bare launch %.1f ms; ratio %.2f%n", serverPid, perGrading, bareCpuMs, perGrading / bareCpuMs);
            // where it goes: the server JVM's threads by name, the processes below it by command
            java.util.TreeMap<String, Long> parts = new java.util.TreeMap<>();
            partsAfter.forEach((k, v) -> parts.put(k, v - partsBefore.getOrDefault(k, 0L)));
            parts.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .forEach(e -> System.out.printf("  %-40s %6.1f ms/grading%n", e.getKey(),
                            e.getValue() * 1000.0 / TICKS / Math.max(1, latencies.size())));
        }
        System.out.printf("load average (1/5/15 min) before: %s, after: %s%n", loadBefore, loadAfter);
    }

    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
    static final int TICKS = 100;

    static void bareNumpy() throws Exception {
        new ProcessBuilder("/usr/bin/python3", "-c", "import numpy").inheritIO().start().waitFor();
    }

    /**
     * CPU ever used by a process and its descendants: its own and its reaped children's user + system time, plus
     * the same for each live child. A job that ends between two readings moves from a live child's figure into its
     * parent's reaped-children figure, so the difference of two readings is the tree's CPU in between.
     */
    static long treeCpuTicks(long pid) {
        long[] t = stat(pid);
        long sum = t[0] + t[1] + t[2] + t[3];
        for (long child : children(pid)) {
            sum += treeCpuTicks(child);
        }
        return sum;
    }

    /**
     * The tree's CPU by part: the server JVM's threads by name (digits dropped), its reaped children, and each
     * process below it by command (with what it reaped). Threads that end during the run drop out of this split.
     */
    static java.util.Map<String, Long> cpuParts(long pid) {
        java.util.Map<String, Long> parts = new java.util.HashMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + pid + "/task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                long[] t = stat(task.resolve("stat"));
                String comm = java.nio.file.Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                parts.merge("jvm thread " + comm, t[0] + t[1], Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // gone meanwhile
        }
        long[] self = stat(pid);
        parts.merge("jvm's reaped children", self[2] + self[3], Long::sum);
        for (long child : children(pid)) {
            below(child, parts);
        }
        return parts;
    }

    static void below(long pid, java.util.Map<String, Long> parts) {
        long[] t = stat(pid);
        String comm;
        try {
            comm = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/comm")).trim();
        } catch (java.io.IOException e) {
            return;
        }
        parts.merge("process " + comm, t[0] + t[1] + t[2] + t[3], Long::sum);
        for (long child : children(pid)) {
            below(child, parts);
        }
    }

    static long ownChildrenTicks() {
        long[] t = stat(ProcessHandle.current().pid());
        return t[2] + t[3];
    }

    /** utime, stime, cutime, cstime (fields 14-17 of /proc/<pid>/stat); zeros for a process that is gone. */
    static long[] stat(long pid) {
        return stat(java.nio.file.Path.of("/proc/" + pid + "/stat"));
    }

    static long[] stat(java.nio.file.Path file) {
        try {
            String s = java.nio.file.Files.readString(file);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[4];
        }
    }

    static List<Long> children(long pid) {
        List<Long> out = new ArrayList<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + pid + "/task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                String c = java.nio.file.Files.readString(task.resolve("children")).trim();
                for (String p : c.isEmpty() ? new String[0] : c.split("\\s+")) {
                    out.add(Long.parseLong(p));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // gone meanwhile
        }
        return out;
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
        String last = "?"; // no verdict in the stream: not DONE, lost
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

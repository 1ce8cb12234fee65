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
 * Autosave throughput of one server: C candidates of one assessment each PUT their code (a new version every call)
 * back to back for S seconds. Prints requests/s and p50/p95/p99 latency as one line of key=value pairs.
 * Usage: java AutosaveBenchmark.java BASE ADMIN_PASSWORD CLIENTS SECONDS
 */
public class AutosaveBenchmark {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern ITEM_ID = Pattern.compile("\"itemId\"\\s*:\\s*(\\d+)");
    static final Pattern LINK = Pattern.compile("/take/([A-Za-z0-9_-]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        String cookie = login(http, base, password);
        String assessment = send(http, base + "/api/v1/assessments", "POST", cookie, "{\"title\":\"bench\","
                + "\"timeLimitMinutes\":600,\"languages\":[\"python\"],\"allowRun\":false,"
                + "\"items\":[{\"kind\":\"EXERCISE\",\"refId\":\"softmax\",\"points\":1}]}", 201);
        String assessmentId = first(ID, assessment);
        List<String[]> candidates = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String invite = send(http, base + "/api/v1/assessments/" + assessmentId + "/invites", "POST", cookie,
                    "{\"name\":\"c" + i + "\",\"email\":\"c" + i + "@example.org\"}", 201);
            String token = first(LINK, invite);
            String started = send(http, base + "/api/v1/attempts/" + token + "/start", "POST", null, null, 200);
            candidates.add(new String[] {token, first(ITEM_ID, started)});
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long warmEnd = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (String[] c : candidates) {
            running.add(pool.submit(() -> {
                String url = base + "/api/v1/attempts/" + c[0] + "/items/" + c[1] + "/work";
                for (int v = 0; System.nanoTime() < end; v++) {
                    long t0 = System.nanoTime();
                    send(http, url, "PUT", null, "{\"language\":\"python\",\"code\":\"# version " + v
                            + "\\nimport numpy as np\\n\"}", 200);
                    if (t0 > warmEnd) { // the first 2 s warm up the JIT and the connection pool
                        latencies.add(System.nanoTime() - t0);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double measured = seconds - 2;
        System.out.printf("requests_per_s=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f requests=%d%n",
                sorted.size() / measured, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.size());
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    static String login(HttpClient http, String base, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("tj-session="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow(() -> new IllegalStateException("login failed"));
    }

    static String send(HttpClient http, String url, String method, String cookie, String json, int expected) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (json == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + url + " -> " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String first(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException(p + " not in " + body);
        }
        return m.group(1);
    }
}

package io.tensorjudge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Test helper for *IT tests: JSON calls over plain HTTP to a server that may be killed at any moment. A call that
 * gets no answer (connection refused or reset) returns null: the write may or may not have reached the server.
 */
public final class JsonClient {

    /** An answer: status and the parsed body (null when the body is not JSON). */
    public record Reply(int status, JsonNode body, String raw) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile String session;

    public JsonClient(String base) {
        this.base = base;
    }

    /** A client of another server (another instance behind the same proxy, say) that sends this one's session. */
    public JsonClient at(String otherBase) {
        JsonClient other = new JsonClient(otherBase);
        other.session = session;
        return other;
    }

    /** Staff form login; later calls carry the session cookie. */
    public void login(String username, String password) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            session = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("tj-session="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                    .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.statusCode()));
        } catch (IOException e) {
            throw new AssertionError("login failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    /** Sends {@code body} (any Jackson-serialisable value; null for none); null when no answer came back. */
    public Reply send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
            if (session != null) {
                request.header("Cookie", session);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            } catch (IOException notJson) {
                // e.g. a CSV or an HTML page: raw only
            }
            return new Reply(response.statusCode(), json, response.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Like {@link #send} but the call must succeed with {@code expected}. */
    public JsonNode expect(int expected, String method, String path, Object body) {
        Reply reply = send(method, path, body);
        if (reply == null || reply.status() != expected) {
            throw new AssertionError(method + " " + path + ": expected " + expected + ", got "
                    + (reply == null ? "no answer" : reply.status() + " " + reply.raw()));
        }
        return reply.body();
    }
}

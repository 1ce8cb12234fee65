package io.tensorjudge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tensorjudge.PackagedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A staff login survives a restart of the packaged server: the session key is generated once into data/session.key
 * (owner-only) and read again at the next start. Without that file the same cookie is refused, which is what every
 * restart did before.
 */
class SessionRestartIT {

    private static final String PASSWORD = "restart-admin-password";
    private static final Pattern SESSION = Pattern.compile("tj-session=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldKeepStaffLoggedInAcrossARestart() throws Exception {
        try (PackagedServer server = new PackagedServer("session-restart")) {
            server.property("tensorjudge.admin.password", PASSWORD);
            server.start();
            String cookie = login(server.base());
            assertThat(me(server.base(), cookie)).isEqualTo(200);
            Path keyFile = server.workDir().resolve("data/session.key");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            String key = Files.readString(keyFile);

            server.stop();
            server.start();
            assertThat(me(server.base(), cookie)).as("same cookie after a restart").isEqualTo(200);
            assertThat(Files.readString(keyFile)).as("the key file is reused, not rewritten").isEqualTo(key);

            // The control: a start without the file makes a new key, and the old cookie means nothing to it.
            server.stop();
            Files.delete(keyFile);
            server.start();
            assertThat(me(server.base(), cookie)).as("cookie of another key").isEqualTo(401);
            assertThat(Files.readString(keyFile)).isNotEqualTo(key);
        }
    }

    private String login(String base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.headers().toString()).isEqualTo(302);
        String setCookie = response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("tj-session="))
                .findFirst().orElseThrow();
        Matcher m = SESSION.matcher(setCookie);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private int me(String base, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/me")).header("Cookie",
                "tj-session=" + cookie).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void shouldRefuseToStartWithAShortConfiguredKey() throws Exception {
        try (PackagedServer server = new PackagedServer("session-short-key")) {
            server.env("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "twenty-one-characters");
            assertThatThrownBy(server::start).hasMessageContaining("server exited with 1")
                    .hasMessageContaining("TensorJudge cannot start: QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY has 21 bytes, "
                            + "at least 32 are needed");
            assertThat(server.workDir().resolve("data/session.key")).doesNotExist();
        }
    }
}

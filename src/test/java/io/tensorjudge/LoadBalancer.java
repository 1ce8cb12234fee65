package io.tensorjudge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Test helper for *IT tests: Debian's nginx as a round-robin load balancer on a free loopback port in front of
 * instances on loopback, run as a child process in the foreground with a generated configuration (no system
 * service, nothing outside its temporary folder). A request that cannot reach an instance (connection refused, so
 * nothing was sent) goes to the next one; one that was sent is not retried, as for any real client.
 */
public final class LoadBalancer implements AutoCloseable {

    public static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Path dir;
    private final int port;
    private final Process process;

    public LoadBalancer(List<Integer> upstreamPorts) throws IOException, InterruptedException {
        // Readable by nginx's workers, which drop to an unprivileged user when it starts as root.
        dir = Files.createTempDirectory("tj-nginx",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        port = freePort();
        String servers = upstreamPorts.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  client_max_body_size 4m;
                  upstream tensorjudge {
                %2$s
                    keepalive 32;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://tensorjudge;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_buffering off;
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 60s;
                      proxy_next_upstream error timeout;
                    }
                  }
                }
                """.formatted(dir, servers, port));
        process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!listening()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("nginx did not start: " + Files.readString(dir.resolve("stdout.log"))
                        + read("error.log"));
            }
            Thread.sleep(50);
        }
    }

    public static boolean available() {
        return Files.isExecutable(NGINX);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    private boolean listening() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String read(String name) {
        try {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

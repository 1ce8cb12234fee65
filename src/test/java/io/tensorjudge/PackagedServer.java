package io.tensorjudge;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test helper for *IT tests: the packaged app (target/quarkus-app) as a child process on loopback, started in its own
 * working directory so that it uses the shipped defaults (H2 under ./data), and killed with SIGKILL on demand.
 * Restarts keep the port, the working directory and therefore the database. When TENSORJUDGE_DB_URL is set (the
 * PostgreSQL pass of ./tensorjudge test, with a -Ppostgresql build), each server gets a fresh database there instead.
 */
public final class PackagedServer implements AutoCloseable {

    private final Path workDir;
    private final int port;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> properties = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String jdbcUrl;
    private final String postgresDatabase;
    /** False for a second instance on another server's database: that server drops it. */
    private final boolean ownsDatabase;
    private Process process;
    private int starts;

    public PackagedServer(String name) throws IOException {
        this(name, null);
    }

    /**
     * Another instance on the PostgreSQL database of {@code sameDatabaseAs} (several instances on one database),
     * or, with null, a server with a database of its own.
     */
    public PackagedServer(String name, PackagedServer sameDatabaseAs) throws IOException {
        // World-executable: the sandbox uid must reach the sandbox cache under ./data.
        workDir = Files.createTempDirectory("tj-" + name,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        port = freePort();
        Path repo = Path.of("").toAbsolutePath();
        property("quarkus.http.host", "127.0.0.1");
        property("quarkus.http.port", String.valueOf(port));
        property("tensorjudge.bank.questions-dir", repo.resolve("questions").toString());
        property("tensorjudge.bank.exercises-dir", repo.resolve("exercises").toString());
        String javacpp = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (javacpp != null) {
            property("org.bytedeco.javacpp.cachedir", javacpp); // shared unpacked natives: saves ~400 MB per run
        }
        String postgres = System.getenv("TENSORJUDGE_DB_URL");
        ownsDatabase = sameDatabaseAs == null;
        if (sameDatabaseAs != null) {
            if (sameDatabaseAs.postgresDatabase == null) {
                throw new IllegalStateException("instances share a database only on PostgreSQL (TENSORJUDGE_DB_URL)");
            }
            postgresDatabase = sameDatabaseAs.postgresDatabase;
            jdbcUrl = sameDatabaseAs.jdbcUrl;
            env("TENSORJUDGE_DB_URL", jdbcUrl);
        } else if (postgres != null) {
            postgresDatabase = ("tj_" + name + "_" + System.nanoTime()).replaceAll("[^a-z0-9_]", "_");
            adminSql(postgres, "create database " + postgresDatabase);
            jdbcUrl = postgres.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + postgresDatabase);
            env("TENSORJUDGE_DB_URL", jdbcUrl);
        } else {
            postgresDatabase = null;
            jdbcUrl = "jdbc:h2:file:" + workDir.resolve("data/tensorjudge");
        }
    }

    /** A direct connection to this server's database (for H2: only while the server is stopped). */
    public Connection openDatabase() throws SQLException {
        return postgresDatabase == null ? DriverManager.getConnection(jdbcUrl, "sa", "")
                : DriverManager.getConnection(jdbcUrl, System.getenv("TENSORJUDGE_DB_USER"),
                        System.getenv("TENSORJUDGE_DB_PASSWORD"));
    }

    private static void adminSql(String url, String sql) {
        try (Connection db = DriverManager.getConnection(url, System.getenv("TENSORJUDGE_DB_USER"),
                System.getenv("TENSORJUDGE_DB_PASSWORD"))) {
            db.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql + " on " + url + ": " + e.getMessage(), e);
        }
    }

    public PackagedServer property(String key, String value) {
        properties.add("-D" + key + "=" + value);
        return this;
    }

    public PackagedServer env(String key, String value) {
        env.put(key, value);
        return this;
    }

    public Path workDir() {
        return workDir;
    }

    /** The running process's id (an instance's {@code claimed_by} name contains it). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the server and waits until it answers /q/health/live. */
    public void start() throws InterruptedException {
        starts++;
        File log = workDir.resolve("server-" + starts + ".log").toFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(properties);
        command.addAll(List.of("-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log);
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("server exited with " + process.exitValue() + "; log: " + read(log));
            }
            if (status("/q/health/live") == 200) {
                return;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("server did not start within 3 minutes; log: " + read(log));
    }

    /** kill -9: no shutdown hook, no flush, no chance to finish what is in flight. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits until /q/health/ready is UP (sandbox self-test and reference warm-up done). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (status("/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within " + timeout);
    }

    public String log() {
        return read(workDir.resolve("server-" + starts + ".log").toFile());
    }

    private int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A normal shutdown (SIGTERM), waiting for it. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Stops the server and removes its database and working directory (-Dtj.keep-server-dir=true keeps the dir). */
    @Override
    public void close() throws InterruptedException {
        stop();
        if (postgresDatabase != null && ownsDatabase) {
            adminSql(System.getenv("TENSORJUDGE_DB_URL"), "drop database if exists " + postgresDatabase);
        }
        if (!Boolean.getBoolean("tj.keep-server-dir")) {
            try (var files = Files.walk(workDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort: a temp dir
            }
        }
    }

    private static String read(File log) {
        try {
            return Files.readString(log.toPath());
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

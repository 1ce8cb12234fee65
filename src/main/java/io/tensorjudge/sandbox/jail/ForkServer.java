package io.tensorjudge.sandbox.jail;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The Python fork server ({@code tensorjudge.sandbox.python.fork-server}, root only): a template process in a bwrap
 * jail of its own, with NumPy imported, that never runs candidate code, forks one child per job; the child takes
 * fresh namespaces and mounts, a uid of the pool, rlimits, no capabilities and the seccomp filter before the harness
 * reads the job ({@code sandbox/fork_server.py}; docs/sandbox.md, "Fork server"). A job's stdin/stdout and its stderr
 * are two connections to a Unix socket of ours, in a directory only the template's uid may enter; to {@link Worker}
 * a job is a {@link Process}. A template that dies is replaced at the next fork; its jobs die with its PID namespace.
 */
final class ForkServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ForkServer.class);
    /** Where the template sees the directory of our socket (each job unmounts it before it drops its uid). */
    static final String SOCKET_DIR = "/run/jobs";
    private static final long START_MILLIS = 20_000;
    private static final long FORK_MILLIS = 10_000;
    private static final int TOKEN_CHARS = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BwrapCommand command;
    private final UidPool uids;
    private final long tmpfsBytes;
    private final Path dir;
    private final ServerSocketChannel server;
    private final Map<String, ForkedJob> connecting = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger templatesStarted = new AtomicInteger();
    private volatile ForkTemplate template;
    private volatile boolean closed;

    ForkServer(BwrapCommand command, UidPool uids, long tmpfsBytes) throws IOException {
        this.command = command;
        this.uids = uids;
        this.tmpfsBytes = tmpfsBytes;
        this.dir = Files.createTempDirectory("tj-fork"); // 0700; handed to the template's uid when one starts
        Path socket = dir.resolve("s");
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-")); // the dir guards it
        ForkTemplate.daemon(this::accept, "sandbox-fork-accept");
    }

    /** A new job forked from the template (started, or replaced when it died, first), with its sockets connected. */
    Process fork(JailLimits limits, int uid) throws IOException, InterruptedException {
        ForkTemplate t = template();
        byte[] secret = new byte[TOKEN_CHARS / 2];
        RANDOM.nextBytes(secret);
        ForkedJob job = new ForkedJob(t::send, Long.toString(ids.incrementAndGet()), HexFormat.of().formatHex(secret));
        connecting.put(job.token, job);
        try {
            t.add(job);
            t.send("J " + job.id + " " + uid + " " + job.token + " " + limits.memoryBytes() + " "
                    + limits.maxProcesses() + " " + limits.maxFileBytes() + " " + limits.maxOpenFiles() + " "
                    + limits.cpuSeconds() + " " + tmpfsBytes);
            if (!job.ready.await(FORK_MILLIS, TimeUnit.MILLISECONDS)) {
                t.kill(); // a template that cannot fork in 10 s is broken: the next job gets a new one
                throw new IOException("the fork server did not start a job within " + FORK_MILLIS + " ms");
            }
            if (job.exit.isDone() || job.handle == null) {
                throw new IOException("the forked job ended during its set-up: " + t.stderrTail());
            }
            return job;
        } catch (IOException | InterruptedException | RuntimeException e) {
            job.destroy();
            throw e;
        } finally {
            connecting.remove(job.token);
        }
    }

    /** Whether {@code p} is a forked job that ended because its template did (our failure, not the job's). */
    static boolean lostWithTemplate(Process p) {
        return p instanceof ForkedJob j && j.templateDied;
    }

    int templatesStarted() {
        return templatesStarted.get();
    }

    /** The running template's host pid and uid (for tests), empty when none runs. */
    OptionalInt templateUid() {
        ForkTemplate t = template;
        return t == null || t.dead ? OptionalInt.empty() : OptionalInt.of(t.uid);
    }

    long templatePid() {
        ForkTemplate t = template;
        return t == null || t.handle == null ? -1 : t.handle.pid();
    }

    private synchronized ForkTemplate template() throws IOException, InterruptedException {
        if (closed) {
            throw new IOException("the sandbox is closing");
        }
        if (template == null || template.dead) {
            int uid = uids.acquire().orElseThrow(() -> new IOException("the fork server needs root"));
            try {
                Files.setAttribute(dir, "unix:uid", uid); // only the template's uid may reach the socket
                Files.setAttribute(dir, "unix:gid", uid);
                template = new ForkTemplate(uid, command.forkTemplate(uid, dir), uids, () -> closed);
                templatesStarted.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                uids.release(OptionalInt.of(uid));
                throw e;
            }
        }
        ForkTemplate t = template;
        try {
            t.started.get(START_MILLIS, TimeUnit.MILLISECONDS);
            return t;
        } catch (TimeoutException e) {
            t.kill();
            throw new IOException("the fork server did not start within " + START_MILLIS + " ms: " + t.stderrTail());
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private void accept() {
        while (!closed) {
            SocketChannel ch = null;
            try {
                ch = server.accept();
                // only the template's children can connect, and they write their token at once
                ByteBuffer b = ByteBuffer.allocate(TOKEN_CHARS + 1);
                while (b.hasRemaining() && ch.read(b) >= 0) {
                    // reading the token and the kind of connection
                }
                ForkedJob job = b.hasRemaining() ? null
                        : connecting.get(new String(b.array(), 0, TOKEN_CHARS, StandardCharsets.US_ASCII));
                if (job == null || !job.connected(b.get(TOKEN_CHARS), ch)) {
                    ch.close();
                }
            } catch (IOException e) {
                closeQuietly(ch);
                if (!closed) {
                    LOG.warn("fork server: a job's connection failed: " + e);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        ForkTemplate t = template;
        if (t != null) {
            t.kill();
            try {
                t.process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly(server);
        try {
            Files.deleteIfExists(dir.resolve("s"));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("could not remove " + dir + ": " + e);
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (IOException e) {
            // already closed
        }
    }
}

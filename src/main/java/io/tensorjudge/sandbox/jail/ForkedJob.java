package io.tensorjudge.sandbox.jail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A forked job, as a {@link Process}: stdin/stdout on one socket, stderr on another, exit from the template. */
final class ForkedJob extends Process {
    /** Where a job sends its kill to its template (a dead template took its jobs with it). */
    interface Control {
        void send(String line) throws IOException;
    }

    private final Control template;
    final String id;
    final String token;
    /** Counted down by the fork report and the two connections (all at once when the job ends). */
    final CountDownLatch ready = new CountDownLatch(3);
    final CompletableFuture<Integer> exit = new CompletableFuture<>();
    volatile ProcessHandle handle;
    volatile boolean templateDied;
    private volatile OutputStream stdin;
    private volatile InputStream stdout;
    private volatile InputStream stderr;
    private boolean hasIo;
    private boolean hasErr;

    ForkedJob(Control template, String id, String token) {
        this.template = template;
        this.id = id;
        this.token = token;
    }

    void forked(ProcessHandle h) {
        handle = h;
        ready.countDown();
    }

    synchronized boolean connected(byte kind, SocketChannel ch) {
        if (kind == 'i' && !hasIo) {
            hasIo = true;
            stdin = output(ch);
            stdout = input(ch, false);
        } else if (kind == 'e' && !hasErr) {
            hasErr = true;
            stderr = input(ch, true);
        } else {
            return false;
        }
        ready.countDown();
        return true;
    }

    void ended(int status, boolean templateDied) {
        this.templateDied = templateDied;
        exit.complete(status);
        while (ready.getCount() > 0) {
            ready.countDown();
        }
    }

    @Override
    public OutputStream getOutputStream() {
        return stdin;
    }

    @Override
    public InputStream getInputStream() {
        return stdout;
    }

    @Override
    public InputStream getErrorStream() {
        return stderr;
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            exit.get(timeout, unit);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int exitValue() {
        Integer status = exit.getNow(null);
        if (status == null) {
            throw new IllegalThreadStateException("the job is running");
        }
        return status;
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public long pid() {
        return handle.pid();
    }

    @Override
    public ProcessHandle toHandle() {
        return handle;
    }

    /** Nothing to list: the cgroup takes the job before it forks, and its PID 1's death ends its namespace. */
    @Override
    public Stream<ProcessHandle> descendants() {
        return Stream.empty();
    }

    @Override
    public Stream<ProcessHandle> children() {
        return Stream.empty();
    }

    /** SIGKILL of the job's PID 1 (by the host, and by the template) ends its whole PID namespace. */
    @Override
    public void destroy() {
        ProcessHandle h = handle;
        if (h != null) {
            h.destroyForcibly();
        }
        try {
            template.send("K " + id);
        } catch (IOException e) {
            // a dead template took its jobs with it
        }
    }

    @Override
    public Process destroyForcibly() {
        destroy();
        return this;
    }

    private static InputStream input(SocketChannel ch, boolean closeAtEnd) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                int n = ch.read(ByteBuffer.wrap(b, off, len));
                if (n < 0 && closeAtEnd) {
                    ch.close();
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    /** close() only ends our direction: the harness reads its input to the end while we keep reading results. */
    private static OutputStream output(SocketChannel ch) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }

            @Override
            public void close() throws IOException {
                if (ch.isOpen()) {
                    ch.shutdownOutput();
                }
            }
        };
    }
}

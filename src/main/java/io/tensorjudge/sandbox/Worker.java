package io.tensorjudge.sandbox;

import io.tensorjudge.sandbox.jail.JailedProcess;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalInt;

/**
 * One sandboxed interpreter, as the host talks to it. It serves at most one job and is then killed, so nothing is
 * shared between candidates. stdout is the result channel (read with a byte cap), stderr is drained by a thread into
 * a bounded buffer.
 */
final class Worker {
    private final JailedProcess process;
    private final StderrCapture stderr;
    private final Thread stderrThread;
    private final ResultChannel channel;

    Worker(JailedProcess process, long stderrCap) {
        this.process = process;
        this.channel = new ResultChannel(process.stdout());
        this.stderr = new StderrCapture(process.stderr(), stderrCap, this::kill);
        this.stderrThread = new Thread(stderr, "sandbox-stderr-" + process.pid());
        stderrThread.setDaemon(true);
        stderrThread.start();
    }

    JailedProcess process() {
        return process;
    }

    OutputStream stdin() {
        return process.stdin();
    }

    /** Result channel; throws {@link ResultChannel.OutputLimitException} past the cap set with {@link #capChannel}. */
    InputStream channel() {
        return channel;
    }

    void capChannel(long bytes) {
        channel.allow(bytes);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean stderrOverflow() {
        return stderr.overflow;
    }

    /**
     * Starts capturing stderr afresh (drops what the warm-up printed). {@code marker} is what the harness writes to
     * stderr at the end of phase 1: capture stops there by itself.
     */
    void resetStderr(byte[] marker) {
        stderr.reset(marker);
    }

    /**
     * Stops keeping stderr: from now on bytes are only counted against the cap. Waits (at most {@code millis}) for
     * the phase-1 marker first, so that what honest code printed before it is not lost; whatever the candidate does,
     * nothing read after this call is kept.
     */
    void sealStderr(long millis) {
        stderr.seal(millis);
    }

    /** Waits until stderr is fully drained (the process tree must be dead or dying). */
    void awaitStderr(long millis) {
        try {
            stderrThread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String stderrText() {
        return stderr.text();
    }

    OptionalInt awaitExit(long millis) {
        return process.awaitExit(millis);
    }

    void kill() {
        process.kill();
    }
}

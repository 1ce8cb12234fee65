package io.tensorjudge.sandbox;

import io.tensorjudge.wire.Value;
import io.tensorjudge.wire.WireException;
import io.tensorjudge.wire.WireFormat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * One job's conversation with one worker (protocol: {@link WireFormat}). Phase 1 sends the visible cases and reads
 * their results and the candidate's stdout; then stderr is sealed, and only after that are the hidden inputs
 * written. From that moment on, only status codes, timings and return values are taken from the sandbox: no
 * stdout, stderr, error text or exit status, so nothing the code prints while it holds hidden inputs can be shown.
 * The wall clock restarts for phase 2, so each phase has the job's full time.
 */
final class JobExchange {
    /** Framing overhead allowed on the result channel on top of the result and stdout caps. */
    private static final long CHANNEL_SLACK = 1 << 20;
    /** How long the host waits for the harness's end-of-phase-1 marker on stderr before sealing it anyway. */
    private static final long MARKER_WAIT_MILLIS = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Worker worker;
    private final SandboxJob job;
    private final ScheduledExecutorService watchdog;
    private final BooleanSupplier closing;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private ScheduledFuture<?> clock;
    private JobEnd.Stop stop = JobEnd.Stop.COMPLETED;
    private String stopDetail;
    private boolean closingAtStop;
    private boolean wallClockKilled;
    private boolean delivered;
    private boolean oomAtStop;
    private OptionalInt exitAtStop = OptionalInt.empty();

    final List<CaseResult> done = new ArrayList<>();
    Outcome loadOutcome;
    String loadMessage;
    /** The module loaded and the entry point exists (the 'C' frame said so). */
    boolean loaded;
    String stdout = "";
    boolean truncated;
    /** True once the first byte of a hidden input may have been written. */
    boolean hiddenSent;
    long cpuMicros;
    long peakBytes;

    JobExchange(Worker worker, SandboxJob job, ScheduledExecutorService watchdog, BooleanSupplier closing) {
        this.worker = worker;
        this.job = job;
        this.watchdog = watchdog;
        this.closing = closing;
    }

    void run() {
        SandboxLimits limits = job.limits();
        byte[] markerBytes = new byte[16];
        RANDOM.nextBytes(markerBytes);
        String marker = "\n<tensorjudge-phase-end " + HexFormat.of().formatHex(markerBytes) + ">\n";
        worker.resetStderr(marker.getBytes(StandardCharsets.UTF_8));
        worker.capChannel(limits.maxResultBytes() + limits.maxOutputBytes() + CHANNEL_SLACK);
        // The clock starts when a ready sandbox gets the job: a slow cold start is ours, not the candidate's.
        startClock();
        try {
            long cpuSeconds = Math.max(1, (limits.cpuTime().toMillis() + 999) / 1000);
            worker.stdin().write(WireFormat.encodeJob(new WireFormat.Header(cpuSeconds, limits.memoryBytes(),
                    limits.maxOutputBytes(), limits.maxResultBytes(), marker, job.source(), job.entryPoint()),
                    calls(job.cases())));
            worker.stdin().flush();
            delivered = true;
            WireFormat.Reader r = new WireFormat.Reader(worker.channel(), Math.max(1, limits.maxResultBytes()),
                    limits.maxResultValues());
            expect(r, 'C');
            readLoadStatus(r);
            if (loaded) {
                readCases(r, job.cases(), false);
            }
            expect(r, 'P');
            stdout = new String(r.bytes(limits.maxOutputBytes()), StandardCharsets.UTF_8);
            truncated = r.u8() != 0;
            // Seal before the first hidden byte is written: anything stderr brings from now on is only counted.
            worker.sealStderr(MARKER_WAIT_MILLIS);
            if (loaded) {
                if (!job.hiddenCases().isEmpty()) {
                    clock.cancel(false);
                    startClock();
                    hiddenSent = true;
                }
                worker.stdin().write(WireFormat.encodeBatch(calls(job.hiddenCases())));
            }
            worker.stdin().close();
            readCases(r, loaded ? job.hiddenCases() : List.of(), true);
            expect(r, 'Z');
            cpuMicros = r.u64();
            peakBytes = r.u64();
        } catch (ResultChannel.OutputLimitException e) {
            stopped(JobEnd.Stop.OUTPUT_CAP, e);
        } catch (WireFormat.ResultLimitException e) {
            worker.kill(); // the rest of its results are never read
            stopped(JobEnd.Stop.RESULT_CAP, e);
        } catch (IOException | WireException | RuntimeException e) {
            stopped(e instanceof WireException ? JobEnd.Stop.CORRUPT : JobEnd.Stop.ENDED, e);
            if (!closingAtStop && !wallClockKilled && delivered) {
                // the process died, or broke the protocol: kill the rest, then read how it ended
                worker.kill();
                oomAtStop = worker.process().oomKilled();
                if (!oomAtStop && stop == JobEnd.Stop.ENDED) {
                    exitAtStop = worker.awaitExit(2000);
                }
            }
        } finally {
            clock.cancel(false);
        }
    }

    private void startClock() {
        long wall = job.limits().wallTime().toMillis();
        clock = watchdog.schedule(() -> {
            timedOut.set(true);
            worker.kill();
        }, wall, TimeUnit.MILLISECONDS);
    }

    private static void expect(WireFormat.Reader r, int wanted) throws IOException, WireException {
        int tag = r.tag();
        if (tag == -1) {
            throw new EOFException("result channel closed");
        }
        if (tag != wanted) {
            throw new WireException("unexpected frame " + tag + " where " + (char) wanted + " was due");
        }
    }

    private void readLoadStatus(WireFormat.Reader r) throws IOException, WireException {
        int status = r.u8();
        String msg = r.str();
        switch (status) {
            case 0 -> loaded = true;
            case 1 -> {
                loadOutcome = Outcome.COMPILE_ERROR;
                loadMessage = msg;
            }
            case 2 -> {
                loadOutcome = Outcome.RUNTIME_ERROR;
                loadMessage = msg;
            }
            default -> throw new WireException("unknown load status " + status);
        }
    }

    private void readCases(WireFormat.Reader r, List<SandboxCase> cases, boolean hidden)
            throws IOException, WireException, WireFormat.ResultLimitException {
        for (SandboxCase c : cases) {
            expect(r, 'K');
            done.add(readCase(r, c, hidden));
        }
    }

    private CaseResult readCase(WireFormat.Reader r, SandboxCase expected, boolean hidden)
            throws IOException, WireException, WireFormat.ResultLimitException {
        String name = r.str();
        if (!expected.name().equals(name)) {
            throw new WireException("unexpected case " + (hidden ? "" : name));
        }
        int code = r.u8();
        long micros = r.u64();
        long maxBytes = job.limits().maxResultBytes();
        if (code == WireFormat.CASE_OK) {
            Value value = r.value(maxBytes);
            long n = r.u32();
            if (n > expected.args().size()) {
                throw new WireException("more modified arguments than arguments");
            }
            Map<Integer, Value> modified = new LinkedHashMap<>();
            for (long i = 0; i < n; i++) {
                long index = r.u32();
                if (index >= expected.args().size() || modified.containsKey((int) index)) {
                    throw new WireException("bad modified argument index " + index);
                }
                modified.put((int) index, r.value(maxBytes));
            }
            return new CaseResult(name, Outcome.OK, value, null, micros, modified);
        }
        Outcome outcome = switch (code) {
            case WireFormat.CASE_ERROR -> Outcome.RUNTIME_ERROR;
            case WireFormat.CASE_MEMORY -> Outcome.MEMORY_LIMIT;
            case WireFormat.CASE_OUTPUT -> Outcome.OUTPUT_LIMIT;
            default -> throw new WireException("unknown case status " + code);
        };
        String error = r.str();
        // A hidden case's message is the candidate's text, written while it held hidden inputs: not kept.
        return new CaseResult(name, outcome, null, hidden ? hiddenError(outcome) : error, micros);
    }

    static String hiddenError(Outcome outcome) {
        return switch (outcome) {
            case MEMORY_LIMIT -> "memory limit exceeded in a hidden case";
            case OUTPUT_LIMIT -> "output limit exceeded in a hidden case";
            default -> "the code raised an exception in a hidden case";
        };
    }

    private void stopped(JobEnd.Stop how, Exception e) {
        stop = how;
        stopDetail = e.getMessage();
        closingAtStop = closing.getAsBoolean();
        wallClockKilled = timedOut.get();
    }

    /** The facts of how the job ended, with what the host saw after the exchange. */
    JobEnd end(boolean treeOom, boolean stderrOverflow, boolean templateDied) {
        return new JobEnd(stop, stopDetail, closingAtStop, wallClockKilled, delivered, hiddenSent, oomAtStop,
                exitAtStop, treeOom, stderrOverflow, templateDied, job.limits());
    }

    private static List<WireFormat.Call> calls(List<SandboxCase> cases) {
        return cases.stream().map(c -> new WireFormat.Call(c.name(), c.args())).toList();
    }
}

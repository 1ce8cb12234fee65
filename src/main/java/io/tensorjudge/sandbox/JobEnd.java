package io.tensorjudge.sandbox;

import java.util.OptionalInt;

/**
 * How a job's process ended, as facts: how the host's reading stopped, the kernel's limit events (the cgroup's
 * memory events, RLIMIT_CPU's SIGXCPU in the exit status), the host's own kills (wall clock, stderr cap) and the
 * exit status. {@link #failure()} is the one place that turns them into an {@link Outcome}.
 *
 * @param stop           how the host stopped reading the result channel
 * @param detail         the message of what stopped it (the result cap's, or why the job could not be sent)
 * @param closing        the server was shutting down when it stopped
 * @param wallClockKilled the host's wall-clock timer had killed the process
 * @param delivered      the whole job had been written to the harness
 * @param hiddenSent     a hidden input may have been sent (messages then name no detail of the candidate's)
 * @param oomAtStop      the cgroup counted an oom kill when the channel ended
 * @param exitAtStop     the exit status seen when the channel ended (128 + signal for a signal)
 * @param treeOom        the cgroup counted an oom kill by the end of the job (any process of the tree)
 * @param stderrOverflow stderr went past its cap (the host killed the process)
 * @param templateDied   the fork server's template ended under the job
 * @param limits         the job's limits, for the messages
 */
record JobEnd(Stop stop, String detail, boolean closing, boolean wallClockKilled, boolean delivered,
        boolean hiddenSent, boolean oomAtStop, OptionalInt exitAtStop, boolean treeOom, boolean stderrOverflow,
        boolean templateDied, SandboxLimits limits) {
    /** RLIMIT_CPU's soft limit sends SIGXCPU (24); the default action ends the process with it. */
    static final int SIGXCPU_STATUS = 128 + 24;

    enum Stop {
        /** every frame up to the last was read */
        COMPLETED,
        /** the result channel went past its byte cap (stdout flood) */
        OUTPUT_CAP,
        /** the results went past their byte or value caps */
        RESULT_CAP,
        /** the channel carried something that is not the protocol */
        CORRUPT,
        /** the channel ended early (the process died, or could not be written to) */
        ENDED
    }

    /** The job's own failure (null when it ran to the end and no limit was hit) and what to tell the candidate. */
    record Failure(Outcome outcome, String message) {
    }

    /** The outcome of the process, in order: how reading stopped, then the template, the tree's memory, stderr. */
    Failure failure() {
        Failure f = stopped();
        if (f != null && templateDied) { // its template died: our failure, not the candidate's
            f = new Failure(Outcome.INTERNAL_ERROR, "the sandbox's fork server ended during the job");
        }
        if (treeOom && (f == null || f.outcome() != Outcome.INTERNAL_ERROR)) {
            // a process of the job's tree was killed for the tree's memory limit, even if the harness survived
            f = new Failure(Outcome.MEMORY_LIMIT, "the job's processes together used more than its memory limit of "
                    + (limits.memoryBytes() >> 20) + " MiB (killed by the kernel)");
        }
        if (stderrOverflow) {
            Outcome o = f == null || f.outcome() == Outcome.RUNTIME_ERROR ? Outcome.OUTPUT_LIMIT : f.outcome();
            f = new Failure(o, f != null && o != Outcome.OUTPUT_LIMIT ? f.message()
                    : "the submission wrote more than " + limits.maxOutputBytes() + " bytes to stderr");
        }
        return f;
    }

    private Failure stopped() {
        return switch (stop) {
            case COMPLETED -> null;
            case OUTPUT_CAP -> new Failure(Outcome.OUTPUT_LIMIT, "the submission wrote more than the output limit");
            case RESULT_CAP -> new Failure(Outcome.OUTPUT_LIMIT,
                    hiddenSent ? "output limit exceeded in a hidden case" : detail);
            case CORRUPT, ENDED -> ended();
        };
    }

    private Failure ended() {
        if (closing) {
            return new Failure(Outcome.INTERNAL_ERROR, "the server is shutting down");
        }
        if (wallClockKilled) {
            return new Failure(Outcome.TIME_LIMIT, "wall time limit of " + limits.wallTime().toMillis()
                    + " ms exceeded");
        }
        if (!delivered) {
            return new Failure(Outcome.INTERNAL_ERROR, "could not send the job to the sandbox: " + detail);
        }
        boolean cpu = exitAtStop.isPresent() && exitAtStop.getAsInt() == SIGXCPU_STATUS;
        Outcome o = oomAtStop ? Outcome.MEMORY_LIMIT : stop == Stop.CORRUPT ? Outcome.RUNTIME_ERROR
                : cpu ? Outcome.TIME_LIMIT : Outcome.RUNTIME_ERROR;
        if (hiddenSent) {
            return new Failure(o, "the process ended during a hidden case");
        }
        if (stop == Stop.CORRUPT) {
            return new Failure(o, "the submission corrupted the result channel (" + detail + ")");
        }
        if (o == Outcome.MEMORY_LIMIT) {
            return new Failure(o, "memory limit exceeded (killed by the kernel)");
        }
        if (o == Outcome.TIME_LIMIT) {
            return new Failure(o, "CPU time limit exceeded");
        }
        String how = exitAtStop.isEmpty() ? "ended" : exitAtStop.getAsInt() > 128
                ? "was killed by signal " + (exitAtStop.getAsInt() - 128) + signalName(exitAtStop.getAsInt() - 128)
                : "exited with status " + exitAtStop.getAsInt();
        return new Failure(o, "the submission's process " + how + " before finishing");
    }

    private static String signalName(int sig) {
        return switch (sig) {
            case 6 -> " (SIGABRT)";
            case 9 -> " (SIGKILL)";
            case 11 -> " (SIGSEGV)";
            case 25 -> " (SIGXFSZ)";
            default -> "";
        };
    }
}

package io.tensorjudge.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Turns what a job's exchange read, and how its worker ended, into the {@link SandboxResult}: the cases that ran,
 * the ones that did not (they share the failure), and the overall outcome of the two phases.
 */
final class JobResults {
    private JobResults() {
    }

    /**
     * After the exchange: waits for the harness to exit, reads the cgroup, kills the worker and collects.
     * {@code rerun} runs a job of the hidden cases alone when phase 1 ended early.
     */
    static SandboxResult collect(Worker w, JobExchange x, SandboxJob job, long start, BooleanSupplier closing,
            Function<SandboxJob, SandboxResult> rerun) {
        // The harness exits right after its last frame; then everything still holding stderr is killed.
        w.awaitExit(200);
        // read the group before the kill: once the worker is reaped its cgroup is removed
        boolean treeOom = w.process().oomKilled();
        long peakBytes = w.process().hasCgroup() ? w.process().peakBytes() : x.peakBytes;
        w.kill();
        w.awaitStderr(1000);
        boolean stderrOverflow = w.stderrOverflow();
        JobEnd.Failure end = x.end(treeOom, stderrOverflow, w.process().lostWithForkServer()).failure();
        Outcome failure = end == null ? null : end.outcome();
        String failureMessage = end == null ? null : end.message();
        boolean truncated = x.truncated || stderrOverflow;
        String stderr = w.stderrText(); // sealed before any hidden input was sent
        ResourceUsage usage = usage(start, w, x.cpuMicros, peakBytes);
        if (x.loadOutcome != null) {
            return jobWide(job, x.loadOutcome, x.loadMessage, x.stdout, stderr, truncated, usage);
        }
        int visible = job.cases().size();
        List<SandboxCase> all = job.allCases();
        // Phase 1 ended early: its remaining cases share the failure, and the hidden cases still get a run of their
        // own in a fresh sandbox, as they would as a separate job (not when the module never loaded).
        boolean rerunHidden = failure != null && !x.hiddenSent && x.loaded && visible > 0
                && !job.hiddenCases().isEmpty() && !closing.getAsBoolean();
        List<CaseResult> cases = new ArrayList<>(x.done);
        int failedAt = cases.size();
        for (int i = failedAt; i < (rerunHidden ? visible : all.size()); i++) {
            String name = all.get(i).name();
            cases.add(new CaseResult(name, failure, null, i == failedAt ? failureMessage
                    : "not run: the sandbox ended during case " + all.get(failedAt).name(), 0));
        }
        Outcome visibleOutcome = outcomeOf(cases.subList(0, visible), x.hiddenSent ? null : failure);
        Outcome hiddenOutcome;
        if (rerunHidden) {
            SandboxResult hidden = rerun.apply(new SandboxJob(job.language(), job.source(), job.entryPoint(),
                    List.of(), job.hiddenCases(), job.limits()));
            cases.addAll(hidden.cases());
            hiddenOutcome = hidden.outcome();
        } else {
            hiddenOutcome = outcomeOf(cases.subList(visible, cases.size()), x.hiddenSent ? failure : null);
        }
        Outcome overall = worse(visibleOutcome, hiddenOutcome);
        String message = failure != null ? failureMessage : overall == Outcome.OK ? "ok" : "a case failed";
        return new SandboxResult(overall, cases, x.stdout, stderr, truncated, usage, message);
    }

    /** The first failing kind among the cases, the process's own failure otherwise; OUTPUT_LIMIT wins. */
    private static Outcome outcomeOf(List<CaseResult> cases, Outcome failure) {
        Outcome overall = failure != null ? failure : Outcome.OK;
        for (CaseResult c : cases) {
            if (c.outcome() != Outcome.OK) {
                overall = c.outcome();
                break;
            }
        }
        return failure == Outcome.OUTPUT_LIMIT ? Outcome.OUTPUT_LIMIT : overall;
    }

    /** Of the two phases' outcomes, the job-wide kind first (internal, compile, time, memory, output), else a. */
    static Outcome worse(Outcome a, Outcome b) {
        List<Outcome> order = List.of(Outcome.INTERNAL_ERROR, Outcome.COMPILE_ERROR, Outcome.TIME_LIMIT,
                Outcome.MEMORY_LIMIT, Outcome.OUTPUT_LIMIT);
        int ia = order.indexOf(a);
        int ib = order.indexOf(b);
        if (ia < 0) {
            return ib < 0 ? (a == Outcome.OK ? b : a) : b;
        }
        return ib < 0 || ia <= ib ? a : b;
    }

    /** Every case with the job's one outcome (the module did not load, or the source was refused). */
    static SandboxResult jobWide(SandboxJob job, Outcome outcome, String message, String stdout,
            String stderr, boolean truncated, ResourceUsage usage) {
        List<CaseResult> cases = new ArrayList<>();
        for (SandboxCase c : job.allCases()) {
            cases.add(new CaseResult(c.name(), outcome, null, message, 0));
        }
        return new SandboxResult(outcome, cases, stdout, stderr, truncated, usage, message);
    }

    static ResourceUsage usage(long start, Worker w, long cpuMicros, long peakBytes) {
        long wall = (System.nanoTime() - start) / 1000;
        return new ResourceUsage(wall, cpuMicros, peakBytes, w != null && w.process().hasCgroup());
    }
}

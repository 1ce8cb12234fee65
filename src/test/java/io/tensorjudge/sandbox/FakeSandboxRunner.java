package io.tensorjudge.sandbox;

import io.tensorjudge.wire.Value;

import io.tensorjudge.common.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Test double for code that uses a {@link SandboxRunner} (grading unit tests): answers each case with a value the
 * test supplies and records the jobs. It never executes the submission. Not a CDI bean.
 */
public class FakeSandboxRunner implements SandboxRunner {
    private final Function<SandboxCase, Value> answers;
    private final List<SandboxJob> jobs = Collections.synchronizedList(new ArrayList<>());

    /** @param answers the value "returned" for each case; throw to make that case a RUNTIME_ERROR */
    public FakeSandboxRunner(Function<SandboxCase, Value> answers) {
        this.answers = answers;
    }

    public List<SandboxJob> jobs() {
        return List.copyOf(jobs);
    }

    @Override
    public SandboxResult run(SandboxJob job) {
        jobs.add(job);
        List<CaseResult> cases = new ArrayList<>();
        Outcome overall = Outcome.OK;
        for (SandboxCase c : job.allCases()) {
            try {
                cases.add(new CaseResult(c.name(), Outcome.OK, answers.apply(c), null, 0));
            } catch (RuntimeException e) {
                cases.add(new CaseResult(c.name(), Outcome.RUNTIME_ERROR, null, e.toString(), 0));
                overall = overall == Outcome.OK ? Outcome.RUNTIME_ERROR : overall;
            }
        }
        return new SandboxResult(overall, cases, "", "", false, ResourceUsage.NONE, "fake");
    }

    @Override
    public SandboxLimits defaultLimits(Language language) {
        return new SandboxLimits(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(10), 512L << 20, 64,
                16L << 20, 64, 64L << 10, 64L << 20);
    }

    @Override
    public Optional<String> unavailableReason(Language language) {
        return Optional.empty();
    }

    @Override
    public SelfTestReport selfTest() {
        return new SelfTestReport(true, true, true, false, "fake sandbox");
    }
}

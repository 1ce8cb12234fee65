package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import java.util.List;
import java.util.Objects;

/**
 * One submission to run: its source, the function to call (Python function name or Java static method name of
 * {@code public class Solution}) and the cases. Expected values are never part of a job.
 *
 * <p>{@code hiddenCases} run in the same process after {@code cases}, in a second phase: their inputs are sent only
 * once the candidate's output so far has been collected, and nothing the code writes from then on is kept (no
 * stdout, stderr or error text of a hidden case reaches the {@link SandboxResult}).
 */
public record SandboxJob(Language language, String source, String entryPoint, List<SandboxCase> cases,
        List<SandboxCase> hiddenCases, SandboxLimits limits) {
    public SandboxJob {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(limits, "limits");
        cases = List.copyOf(cases);
        hiddenCases = List.copyOf(hiddenCases);
    }

    /** A job without hidden cases. */
    public SandboxJob(Language language, String source, String entryPoint, List<SandboxCase> cases,
            SandboxLimits limits) {
        this(language, source, entryPoint, cases, List.of(), limits);
    }

    /** The visible cases, then the hidden ones: the order of {@link SandboxResult#cases()}. */
    public List<SandboxCase> allCases() {
        if (hiddenCases.isEmpty()) {
            return cases;
        }
        List<SandboxCase> all = new java.util.ArrayList<>(cases);
        all.addAll(hiddenCases);
        return List.copyOf(all);
    }
}

package io.tensorjudge.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * One submission to run: its source, the function to call (Python function name or Java static method name of
 * {@code public class Solution}) and the cases. Expected values are never part of a job.
 */
public record SandboxJob(Language language, String source, String entryPoint, List<SandboxCase> cases,
        SandboxLimits limits) {
    public SandboxJob {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(limits, "limits");
        cases = List.copyOf(cases);
    }
}

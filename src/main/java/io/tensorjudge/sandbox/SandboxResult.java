package io.tensorjudge.sandbox;

import java.util.List;

/**
 * Result of a job. {@code outcome} is the overall verdict kind: OK when every case returned a value, otherwise
 * the first non-OK kind (a job-wide failure such as COMPILE_ERROR or TIME_LIMIT also marks the affected cases).
 * {@code stdout}/{@code stderr} are capped; {@code outputTruncated} says whether anything was cut.
 */
public record SandboxResult(Outcome outcome, List<CaseResult> cases, String stdout, String stderr,
        boolean outputTruncated, ResourceUsage usage, String message) {
    public SandboxResult {
        cases = List.copyOf(cases);
    }

    public static SandboxResult internalError(String message) {
        return new SandboxResult(Outcome.INTERNAL_ERROR, List.of(), "", "", false, ResourceUsage.NONE, message);
    }
}

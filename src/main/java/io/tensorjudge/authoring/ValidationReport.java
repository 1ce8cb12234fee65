package io.tensorjudge.authoring;

import java.util.List;

/**
 * What validating a draft found, for the exact content with hash {@code contentHash}. Steps stop at the first that
 * fails: the strict bank loader ({@code loadError}, "file:line: problem"), the ND4J reference on every case
 * ({@code referenceError}), then the solutions and mutants through the real grader ({@code runs}).
 */
public record ValidationReport(String contentHash, String loadError, String loadFile, int loadLine,
        String referenceError, List<RunCheck> runs) {

    /** One file graded: a solution must be ACCEPTED with score 1, a mutant must get the verdict it declares. */
    public record RunCheck(String file, String language, boolean mutant, String expected, String verdict,
            double score, boolean passed, String detail) {
    }

    /** Publishable only when everything loaded, the reference ran, and every solution and mutant behaved. */
    public boolean publishable() {
        return loadError == null && referenceError == null && !runs.isEmpty()
                && runs.stream().allMatch(RunCheck::passed);
    }

    /** One sentence per failed step or check, naming the file; empty when publishable. */
    public List<String> problems() {
        if (loadError != null) {
            return List.of(loadError);
        }
        if (referenceError != null) {
            return List.of("ND4J reference: " + referenceError);
        }
        if (runs.isEmpty()) {
            return List.of("nothing was graded: the exercise needs solution.py or Solution.java");
        }
        return runs.stream().filter(r -> !r.passed())
                .map(r -> (r.mutant() ? "mutant " : "solution ") + r.file() + ": expected " + r.expected()
                        + ", got " + r.verdict() + (r.detail() == null || r.detail().isBlank() ? "" : " — " + r.detail()))
                .toList();
    }
}

package io.tensorjudge.authoring;

import java.util.List;

/**
 * What validating a draft found, for the exact content with hash {@code contentHash}. Steps stop at the first that
 * fails: the strict bank loader ({@code loadError}, "file:line: problem"), the ND4J reference on every case
 * ({@code referenceError}), then the solutions and mutants through the real grader ({@code runs}), then, when all
 * of those passed and there is a solution.py, the mutation analysis of the cases ({@code mutation}; null otherwise).
 */
public record ValidationReport(String contentHash, String loadError, String loadFile, int loadLine,
        String referenceError, List<RunCheck> runs, MutationCheck mutation) {


    /** One file graded: a solution must be ACCEPTED with score 1, a mutant must get the verdict it declares. */
    public record RunCheck(String file, String language, boolean mutant, String expected, String verdict,
            double score, boolean passed, String detail) {
    }

    /**
     * Publishable only when everything loaded, the reference ran, every solution and mutant behaved, and the cases
     * kill at least 90% of the generated mutants (when the analysis ran: it needs a solution.py).
     */
    public boolean publishable() {
        return loadError == null && referenceError == null && !runs.isEmpty()
                && runs.stream().allMatch(RunCheck::passed) && (mutation == null || mutation.meetsBar());
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
        List<String> problems = new java.util.ArrayList<>(runs.stream().filter(r -> !r.passed())
                .map(r -> (r.mutant() ? "mutant " : "solution ") + r.file() + ": expected " + r.expected()
                        + ", got " + r.verdict() + (r.detail() == null || r.detail().isBlank() ? "" : " — " + r.detail()))
                .toList());
        if (mutation != null && !mutation.meetsBar()) {
            String survivors = mutation.survivors().stream().map(MutationCheck.Survivor::id).limit(5)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            problems.add("mutation analysis: the cases " + mutation.summary() + ", at least 90% needed"
                    + (survivors.isEmpty() ? "" : "; surviving: " + survivors)
                    + mutation.staleEquivalents().stream().map(s -> "; " + s)
                            .reduce("", String::concat));
        }
        return problems;
    }
}

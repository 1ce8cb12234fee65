package io.tensorjudge.grading;

import io.tensorjudge.common.Verdict;

/** One submission whose verdict or score a regrade changes (would change, before it is applied): old → new. */
public record RegradeChange(String submissionId, String exerciseId, String language, String client,
        Verdict oldVerdict, Double oldScore, Verdict newVerdict, Double newScore) {
}

package io.tensorjudge.mutation;

/**
 * How one generated mutant fared on every case (visible and hidden) through the real grader. A mutant is killed
 * when the grader does not accept it; {@code equivalentReason} is set when mutation.yaml declares it equivalent.
 * An INTERNAL_ERROR is the grader failing, not the tests working: it does not count as a kill.
 */
public record MutantOutcome(GeneratedMutant mutant, String verdict, String firstFailure, String equivalentReason) {

    public boolean equivalent() {
        return equivalentReason != null;
    }

    public boolean killed() {
        return !"ACCEPTED".equals(verdict) && !"INTERNAL_ERROR".equals(verdict);
    }

    /** Accepted by the tests and not declared equivalent: a blind spot of the cases (or a missing declaration). */
    public boolean survived() {
        return !killed() && !equivalent();
    }
}

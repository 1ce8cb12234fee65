package io.tensorjudge.mutation;

import java.util.List;

/**
 * The mutation analysis of one exercise: {@code generated} distinct mutants exist, {@code outcomes} are the sampled
 * ones that were graded. {@code staleEquivalents} are mutation.yaml entries that are wrong: the id names no
 * generated mutant (solution.py changed) or the mutant declared equivalent was killed.
 */
public record MutationReport(String exerciseId, int generated, List<MutantOutcome> outcomes,
        List<String> staleEquivalents) {

    /** The bar the bank must meet: at least this share of the non-equivalent mutants killed. */
    public static final double REQUIRED_KILL_RATE = 0.9;

    public MutationReport {
        outcomes = List.copyOf(outcomes);
        staleEquivalents = List.copyOf(staleEquivalents);
    }

    public int graded() {
        return outcomes.size();
    }

    public long killed() {
        return outcomes.stream().filter(o -> !o.equivalent() && o.killed()).count();
    }

    public long equivalent() {
        return outcomes.stream().filter(MutantOutcome::equivalent).count();
    }

    public List<MutantOutcome> surviving() {
        return outcomes.stream().filter(MutantOutcome::survived).toList();
    }

    /** Killed share of the non-equivalent graded mutants; 1 when there are none (nothing to kill). */
    public double killRate() {
        long relevant = graded() - equivalent();
        return relevant == 0 ? 1.0 : (double) killed() / relevant;
    }

    public boolean meetsBar() {
        return killRate() >= REQUIRED_KILL_RATE && staleEquivalents.isEmpty();
    }
}

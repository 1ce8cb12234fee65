package io.tensorjudge.authoring;

import io.tensorjudge.mutation.MutantOutcome;
import io.tensorjudge.mutation.MutationReport;
import java.util.List;

/**
 * The mutation analysis of a draft, as kept in its validation report: how many generated mutants of solution.py
 * were graded, declared equivalent (mutation.yaml) and killed by the draft's cases, and the survivors with their
 * diffs. Publishing needs {@link #meetsBar()}: 90% of the non-equivalent ones killed and no stale declaration.
 */
public record MutationCheck(int graded, long equivalent, long killed, double killRate, boolean meetsBar,
        List<Survivor> survivors, List<String> staleEquivalents) {

    /** A generated mutant every case accepts. */
    public record Survivor(String id, String operator, String description, String diff) {
    }

    public MutationCheck {
        survivors = survivors == null ? List.of() : List.copyOf(survivors);
        staleEquivalents = staleEquivalents == null ? List.of() : List.copyOf(staleEquivalents);
    }

    static MutationCheck of(MutationReport report) {
        List<Survivor> survivors = report.surviving().stream().map(MutationCheck::survivor).toList();
        return new MutationCheck(report.graded(), report.equivalent(), report.killed(), report.killRate(),
                report.meetsBar(), survivors, report.staleEquivalents());
    }

    private static Survivor survivor(MutantOutcome outcome) {
        return new Survivor(outcome.mutant().id(), outcome.mutant().operator(), outcome.mutant().description(),
                outcome.mutant().diff());
    }

    /** Graded mutants that are not declared equivalent: those the cases should kill. */
    public long relevant() {
        return graded - equivalent;
    }

    /** The kill rate in percent with one decimal, e.g. "97.4". */
    public String killRatePercent() {
        return String.format(java.util.Locale.ROOT, "%.1f", 100 * killRate);
    }

    /** "kill 37 of 38 non-equivalent generated mutants (97.4%)", said of the cases */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "kill %d of %d non-equivalent generated mutants (%.1f%%)", killed,
                relevant(), 100 * killRate);
    }
}

package io.tensorjudge.mutation;

import java.util.List;
import java.util.Locale;

/** The bank-wide mutation table in Markdown, as printed by bench/mutation/run.sh and kept in docs/benchmarks.md. */
public final class MutationTable {

    private MutationTable() {
    }

    public static String markdown(List<MutationReport> reports) {
        StringBuilder out = new StringBuilder();
        out.append("| exercise | generated | graded | equivalent | killed | surviving | kill rate |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        long graded = 0;
        long equivalent = 0;
        long killed = 0;
        int below = 0;
        for (MutationReport r : reports) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s%s |%n", r.exerciseId(),
                    r.generated(), r.graded(), r.equivalent(), r.killed(), r.surviving().size(), percent(r.killRate()),
                    r.meetsBar() ? "" : " ✗"));
            graded += r.graded();
            equivalent += r.equivalent();
            killed += r.killed();
            below += r.meetsBar() ? 0 : 1;
        }
        double bankRate = graded - equivalent == 0 ? 1.0 : (double) killed / (graded - equivalent);
        out.append(String.format(Locale.ROOT, "| **bank (%d exercises)** | | %d | %d | %d | %d | **%s** |%n",
                reports.size(), graded, equivalent, killed, graded - equivalent - killed, percent(bankRate)));
        out.append(String.format(Locale.ROOT, "%nexercises below %s: %d%n",
                percent(MutationReport.REQUIRED_KILL_RATE), below));
        return out.toString();
    }

    /** Every surviving mutant with its diff, and every wrong mutation.yaml entry, exercise by exercise. */
    public static String survivors(List<MutationReport> reports) {
        StringBuilder out = new StringBuilder();
        for (MutationReport r : reports) {
            for (String stale : r.staleEquivalents()) {
                out.append(r.exerciseId()).append(": ").append(stale).append('\n');
            }
            for (MutantOutcome o : r.surviving()) {
                out.append(r.exerciseId()).append(": survives ").append(o.mutant().id()).append(" [")
                        .append(o.mutant().operator()).append("] ").append(o.mutant().description()).append('\n')
                        .append(o.mutant().diff()).append('\n');
            }
        }
        return out.toString();
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }
}

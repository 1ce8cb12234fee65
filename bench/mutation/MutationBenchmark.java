// Bank-wide mutation analysis (not a test). Run with bench/mutation/run.sh; see docs/benchmarks.md.
//
// Generates up to N mutants of every exercise's solution.py (src/main/resources/mutation/mutate.py), grades each on
// all cases through the real grader in the bubblewrap sandbox, and prints the per-exercise table; the surviving
// mutants with their diffs go to target/mutation-survivors.txt. The baseline timed in the same run is the graded
// reference solution.py of every exercise (one grading each), so the mutants' cost reads as a ratio.

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseLoader;
import io.tensorjudge.mutation.GeneratedMutant;
import io.tensorjudge.mutation.MutantOutcome;
import io.tensorjudge.mutation.MutationReport;
import io.tensorjudge.mutation.MutationTable;
import io.tensorjudge.mutation.StandaloneMutationAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

public class MutationBenchmark {

    public static void main(String[] args) throws Exception {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> only = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        ExerciseCatalog catalog = new ExerciseCatalog(ExerciseLoader.defaultRoot());
        List<ExerciseCatalog.Entry> entries = catalog.list().stream()
                .filter(e -> only.isEmpty() || only.contains(e.id()))
                .filter(e -> e.exercise().spec().languages().contains("python"))
                .toList();
        try (StandaloneMutationAnalysis standalone = StandaloneMutationAnalysis.start(parallel,
                Map.of("tensorjudge.sandbox.cache-dir", "data/sandbox"))) {
            // Baseline: solution.py of every exercise graded once (this also computes the reference cases), one
            // at a time; it must be ACCEPTED, or the table below would mean nothing.
            long b0 = System.nanoTime();
            for (ExerciseCatalog.Entry entry : entries) {
                String source = Files.readString(entry.exercise().file("solution.py"));
                MutantOutcome outcome = standalone.analysis().grade(entry,
                        new GeneratedMutant("solution", "none", 0, "solution.py itself", "", source));
                if (!"ACCEPTED".equals(outcome.verdict())) {
                    throw new IllegalStateException(entry.id() + ": solution.py is " + outcome.verdict() + " — "
                            + outcome.firstFailure());
                }
            }
            double baseline = (System.nanoTime() - b0) / 1e9;
            long t0 = System.nanoTime();
            List<MutationReport> reports = standalone.analysis().analyzeAll(entries, max, parallel);
            double seconds = (System.nanoTime() - t0) / 1e9;
            int graded = reports.stream().mapToInt(MutationReport::graded).sum();
            System.out.printf("%nMutation analysis: up to %d mutants per exercise, %d exercises, %d gradings on %d "
                    + "threads, %d cores, load %.1f%n%n", max, entries.size(), graded, parallel,
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            System.out.print(MutationTable.markdown(reports));
            System.out.printf("%ngrading time: %.1f s, %.1f mutants/s on %d threads; baseline: %d solution.py graded "
                    + "one at a time in %.1f s (reference cases included), %.2f s each; mutant/solution time per "
                    + "grading = %.2f%n", seconds, graded / seconds, parallel, entries.size(), baseline,
                    baseline / entries.size(), (seconds / graded) / (baseline / entries.size()));
            Path survivors = Path.of("target", "mutation-survivors.txt");
            Files.createDirectories(survivors.getParent());
            Files.writeString(survivors, MutationTable.survivors(reports));
            System.out.println("surviving mutants with their diffs: " + survivors);
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}

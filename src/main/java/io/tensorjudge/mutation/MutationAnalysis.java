package io.tensorjudge.mutation;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.grading.GradeReport;
import io.tensorjudge.grading.Grader;
import io.tensorjudge.grading.TestResult;
import io.tensorjudge.common.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Mutation analysis of exercises' test cases: generates mutants of each solution.py and grades every one on all
 * cases (visible + hidden) through the real grader, i.e. in the sandbox, exactly like a candidate's submission.
 */
@ApplicationScoped
public class MutationAnalysis {

    /** Mutants per exercise when nothing else is asked: the bench's bound. */
    public static final int DEFAULT_MAX_MUTANTS = 60;

    private final Grader grader;
    private final MutantGenerator generator = new MutantGenerator();

    public MutationAnalysis(Grader grader) {
        this.grader = grader;
    }

    public MutationReport analyze(ExerciseCatalog.Entry entry, int maxMutants) {
        return analyzeAll(List.of(entry), maxMutants, 2).get(0);
    }

    /**
     * Reports in the order of {@code entries}. All gradings of all exercises are queued at once on {@code parallel}
     * threads so the sandbox never waits for the next exercise's generator.
     */
    public List<MutationReport> analyzeAll(List<ExerciseCatalog.Entry> entries, int maxMutants, int parallel) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), runnable -> {
            Thread thread = new Thread(runnable, "mutation-analysis");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<ExerciseCatalog.Entry, Planned> planned = new LinkedHashMap<>();
            for (ExerciseCatalog.Entry entry : entries) {
                planned.put(entry, plan(entry, maxMutants, pool));
            }
            List<MutationReport> reports = new ArrayList<>();
            planned.forEach((entry, plan) -> reports.add(plan.report(entry.id())));
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Planned(GeneratedMutants mutants, EquivalentMutants equivalents,
            List<CompletableFuture<MutantOutcome>> outcomes) {

        MutationReport report(String exerciseId) {
            List<MutantOutcome> done = outcomes.stream().map(CompletableFuture::join).toList();
            Set<String> known = Set.copyOf(mutants.allIds());
            List<String> stale = new ArrayList<>();
            equivalents.all().keySet().stream().filter(id -> !known.contains(id))
                    .forEach(id -> stale.add("mutation.yaml: " + id + " is no generated mutant (did solution.py change?)"));
            done.stream().filter(o -> o.equivalent() && o.killed())
                    .forEach(o -> stale.add("mutation.yaml: " + o.mutant().id() + " is declared equivalent but killed ("
                            + o.verdict() + ")"));
            return new MutationReport(exerciseId, mutants.allIds().size(), done, stale);
        }
    }

    private Planned plan(ExerciseCatalog.Entry entry, int maxMutants, ExecutorService pool) {
        GeneratedMutants mutants = generator.generate(solutionOf(entry), maxMutants);
        EquivalentMutants equivalents = EquivalentMutants.of(entry.exercise().folder());
        List<CompletableFuture<MutantOutcome>> outcomes = mutants.mutants().stream()
                .map(m -> CompletableFuture.supplyAsync(() -> grade(entry, m, equivalents.reason(m.id())), pool))
                .toList();
        return new Planned(mutants, equivalents, outcomes);
    }

    /** Grades one mutant on every case, as a submission in "submit" mode would be. */
    public MutantOutcome grade(ExerciseCatalog.Entry entry, GeneratedMutant mutant) {
        return grade(entry, mutant, EquivalentMutants.of(entry.exercise().folder()).reason(mutant.id()));
    }

    /** Every mutant the generator can make of the exercise's solution.py (no sampling, nothing graded). */
    public GeneratedMutants generateAll(ExerciseCatalog.Entry entry) {
        return generator.generate(solutionOf(entry), Integer.MAX_VALUE);
    }

    private static String solutionOf(ExerciseCatalog.Entry entry) {
        try {
            return Files.readString(entry.exercise().file("solution.py"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("exercise " + entry.id() + " has no readable solution.py", e);
        }
    }

    private MutantOutcome grade(ExerciseCatalog.Entry entry, GeneratedMutant mutant, String equivalentReason) {
        try {
            GradeReport report = grader.grade(entry, Language.PYTHON, mutant.source(), true);
            String failure = report.tests().stream().filter(t -> !t.passed()).findFirst()
                    .map(MutationAnalysis::describe).orElse("");
            return new MutantOutcome(mutant, report.verdict().name(), failure, equivalentReason);
        } catch (RuntimeException e) {
            return new MutantOutcome(mutant, "INTERNAL_ERROR", "the grader failed: " + e.getMessage(), equivalentReason);
        }
    }

    private static String describe(TestResult t) {
        return t.name() + (t.visible() ? "" : " (hidden)") + ": " + t.kind();
    }
}

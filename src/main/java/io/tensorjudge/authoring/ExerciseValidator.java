package io.tensorjudge.authoring;

import io.tensorjudge.authoring.ValidationReport.RunCheck;
import io.tensorjudge.bank.BankFileException;
import io.tensorjudge.bank.Exercise;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseFiles;
import io.tensorjudge.bank.ExerciseLoader;
import io.tensorjudge.grading.GradeReport;
import io.tensorjudge.grading.Grader;
import io.tensorjudge.grading.ReferenceCases;
import io.tensorjudge.grading.TestResult;
import io.tensorjudge.common.Verdict;
import io.tensorjudge.common.Language;
import io.tensorjudge.common.Unavailable;
import io.tensorjudge.config.RoleConfig;
import io.tensorjudge.mutation.MutationAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Validates exercise files the way the bank and the grader will use them: the strict loader, the ND4J reference on
 * every case, then solution.py / Solution.java and every mutant graded on all tests by the real grader in the sandbox
 * (same rule as SubmissionAcceptanceTest), then the mutation analysis of the cases (io.tensorjudge.mutation: generated
 * mutants of solution.py, also graded in the sandbox). Nothing is published here.
 */
@ApplicationScoped
public class ExerciseValidator {

    /** Gradings of one validation run side by side; the sandbox bounds the real concurrency. */
    private static final ExecutorService GRADINGS = Executors.newFixedThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "authoring-validation");
        thread.setDaemon(true);
        return thread;
    });

    /** Generated mutants graded per validation: enough for the 90% bar to mean something, few enough for seconds. */
    static final int MUTANTS_PER_VALIDATION = 30;

    private final Grader grader;
    private final ReferenceCases referenceCases;
    private final MutationAnalysis mutationAnalysis;
    private final RoleConfig.Role role;

    ExerciseValidator(Grader grader, ReferenceCases referenceCases, MutationAnalysis mutationAnalysis,
            RoleConfig roles) {
        this.grader = grader;
        this.referenceCases = referenceCases;
        this.mutationAnalysis = mutationAnalysis;
        this.role = roles.role();
    }

    /**
     * Validates {@code files}; refused on an instance that does not grade (tensorjudge.role=web has no sandbox, and
     * worker-only instances serve no pages), so the caller has already stored the draft: nothing typed is lost.
     */
    public ValidationReport validate(String id, Map<String, String> files) {
        if (!role.grades()) {
            throw new Unavailable("Validating an exercise grades its solutions and mutants in the sandbox, which "
                    + "needs an instance that grades: this one has tensorjudge.role=" + role.name().toLowerCase()
                    + ". Your draft is saved; validate and publish it through an instance with tensorjudge.role=all "
                    + "(docs/operations.md, \"Roles\").", 0);
        }
        String hash = ExerciseFiles.contentHash(files);
        Path root = null;
        try {
            root = Files.createTempDirectory("tj-draft-");
            Path folder = root.resolve(id);
            ExerciseFiles.write(folder, files);
            Exercise exercise;
            try {
                exercise = ExerciseLoader.load(folder);
            } catch (BankFileException e) {
                String file = e.file().startsWith(folder) ? folder.relativize(e.file()).toString() : id;
                String problem = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
                String where = file + (e.line() > 0 ? ":" + e.line() : "");
                return new ValidationReport(hash, where + ": " + problem, file, e.line(), null, List.of(), null);
            }
            // Cases depend only on exercise.yaml: drafts with the same yaml share their reference outputs.
            String yamlHash = ExerciseFiles.contentHash(Map.of("exercise.yaml", files.get("exercise.yaml")));
            ExerciseCatalog.Entry entry = new ExerciseCatalog.Entry(exercise, ReferenceCases.DRAFT_VERSION_PREFIX + yamlHash);
            try {
                referenceCases.of(entry);
            } catch (RuntimeException e) {
                String cause = e.getCause() == null ? "" : ": " + e.getCause();
                return new ValidationReport(hash, null, null, 0, e.getMessage() + cause, List.of(), null);
            }
            List<RunCheck> runs = gradeAll(entry, files);
            // The mutation analysis only means something once the cases accept the solutions and reject the
            // hand-written mutants; it reads solution.py and mutation.yaml from the draft's folder.
            boolean runsPassed = !runs.isEmpty() && runs.stream().allMatch(RunCheck::passed);
            MutationCheck mutation = runsPassed && files.containsKey("solution.py")
                    ? analyseMutants(entry) : null;
            return new ValidationReport(hash, null, null, 0, null, runs, mutation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(root);
        }
    }

    private MutationCheck analyseMutants(ExerciseCatalog.Entry entry) {
        try {
            return MutationCheck.of(mutationAnalysis.analyze(entry, MUTANTS_PER_VALIDATION));
        } catch (RuntimeException e) {
            // A malformed mutation.yaml or a solution.py the generator cannot parse: a failed check, named.
            return new MutationCheck(0, 0, 0, 0.0, false, List.of(), List.of("the mutation analysis failed: " + e.getMessage()));
        }
    }

    private List<RunCheck> gradeAll(ExerciseCatalog.Entry entry, Map<String, String> files) {
        Exercise exercise = entry.exercise();
        List<CompletableFuture<RunCheck>> runs = new ArrayList<>();
        for (String solution : List.of("solution.py", "Solution.java")) {
            if (files.containsKey(solution)) {
                runs.add(grade(entry, solution, files.get(solution), false, Verdict.ACCEPTED.name()));
            }
        }
        for (Exercise.Mutant mutant : exercise.mutants()) {
            String name = "mutants/" + mutant.file().getFileName();
            runs.add(grade(entry, name, files.get(name), true, mutant.expect()));
        }
        return runs.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<RunCheck> grade(ExerciseCatalog.Entry entry, String file, String code, boolean mutant,
            String expected) {
        Language language = file.endsWith(".java") ? Language.JAVA : Language.PYTHON;
        return CompletableFuture.supplyAsync(() -> {
            GradeReport report;
            try {
                report = grader.grade(entry, language, code, true);
            } catch (RuntimeException e) {
                return new RunCheck(file, language.wireName(), mutant, expected, Verdict.INTERNAL_ERROR.name(),
                        0, false, "the grader failed: " + e.getMessage());
            }
            String verdict = report.verdict().name();
            boolean passed = mutant
                    ? !verdict.equals(Verdict.ACCEPTED.name()) && verdict.equals(expected)
                    : verdict.equals(Verdict.ACCEPTED.name()) && report.score() == 1.0;
            return new RunCheck(file, language.wireName(), mutant, expected, verdict, report.score(), passed,
                    passed ? firstFailure(report) : explain(report, mutant));
        }, GRADINGS);
    }

    /** Why a check failed, in words an author can act on. */
    private static String explain(GradeReport report, boolean mutant) {
        if (mutant && report.verdict() == Verdict.ACCEPTED) {
            return "the mutant passes every test: the cases do not catch this mistake (or the mutant is not wrong)";
        }
        String failure = firstFailure(report);
        if (report.verdict() == Verdict.COMPILE_ERROR && report.stderr() != null) {
            return firstLines(report.stderr());
        }
        return failure;
    }

    /** The first failing test, e.g. "at-boundary (hidden): tolerance — max abs error 0.09". */
    private static String firstFailure(GradeReport report) {
        return report.tests().stream().filter(t -> !t.passed()).findFirst()
                .map(ExerciseValidator::describe).orElse("");
    }

    private static String describe(TestResult t) {
        return t.name() + (t.visible() ? "" : " (hidden)") + ": " + t.kind()
                + (t.message() == null || t.message().isBlank() ? "" : " — " + firstLines(t.message()));
    }

    private static String firstLines(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 400 ? trimmed : trimmed.substring(0, 400) + " …";
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}

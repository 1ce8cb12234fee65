package io.tensorjudge.grading;

import io.tensorjudge.common.Verdict;
import io.tensorjudge.bank.Exercise;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.grading.ReferenceCases.PreparedCase;
import io.tensorjudge.sandbox.CaseResult;
import io.tensorjudge.common.Language;
import io.tensorjudge.sandbox.Outcome;
import io.tensorjudge.sandbox.SandboxCase;
import io.tensorjudge.sandbox.SandboxJob;
import io.tensorjudge.sandbox.SandboxResult;
import io.tensorjudge.sandbox.SandboxRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Grades one submission: runs the candidate's code on the case inputs in the sandbox, then compares every output
 * with the reference here, on the host. One sandbox job per grading: the hidden cases are its second phase, whose
 * inputs are sent only after the visible cases' output was collected, and nothing printed from then on is kept.
 */
@ApplicationScoped
public class Grader {

    private static final int MAX_MESSAGE = 2000;

    private final SandboxRunner sandbox;
    private final ReferenceCases referenceCases;

    public Grader(SandboxRunner sandbox, ReferenceCases referenceCases) {
        this.sandbox = sandbox;
        this.referenceCases = referenceCases;
    }

    /** Grades on the cases of exercise.yaml (practice, authoring, mutation analysis). */
    public GradeReport grade(ExerciseCatalog.Entry entry, Language language, String code, boolean allTests) {
        return grade(entry, language, code, allTests, null, PhaseTimes.NONE);
    }

    /**
     * Grades with the hidden cases of variant {@code variant} (an assessment attempt's; null: those of
     * exercise.yaml). The visible cases are the same in every variant.
     */
    public GradeReport grade(ExerciseCatalog.Entry entry, Language language, String code, boolean allTests,
            Long variant) {
        return grade(entry, language, code, allTests, variant, PhaseTimes.NONE);
    }

    GradeReport grade(ExerciseCatalog.Entry entry, Language language, String code, boolean allTests,
            Long variant, PhaseTimes times) {
        Exercise exercise = entry.exercise();
        List<PreparedCase> cases = referenceCases.of(entry, variant);
        List<PreparedCase> visible = cases.stream().filter(c -> c.testCase().visible()).toList();
        List<PreparedCase> hidden = allTests ? cases.stream().filter(c -> !c.testCase().visible()).toList() : List.of();

        String entryPoint = language == Language.JAVA ? exercise.spec().function().java()
                : exercise.spec().function().python();
        long started = System.nanoTime();
        SandboxResult run = sandbox.run(new SandboxJob(language, code, entryPoint, sandboxCases(visible),
                sandboxCases(hidden), sandbox.defaultLimits(language)));
        long ran = System.nanoTime();
        times.sandbox(java.time.Duration.ofNanos(ran - started), run.outcome());
        List<TestResult> results = new ArrayList<>(judgeCases(exercise, visible, run, true));
        if (run.outcome() == Outcome.COMPILE_ERROR) {
            hidden.forEach(c -> results.add(notRun(c, "not run: the code does not compile")));
        } else {
            results.addAll(judgeCases(exercise, hidden, run, false));
        }
        double total = results.stream().mapToDouble(r -> weightOf(cases, r)).sum();
        double passed = results.stream().filter(TestResult::passed).mapToDouble(r -> weightOf(cases, r)).sum();
        double score = total == 0 ? 0 : passed / total;
        times.judge(java.time.Duration.ofNanos(System.nanoTime() - ran));
        return new GradeReport(verdict(run.outcome(), results), score, results, run.stdout(),
                run.outcome() == Outcome.COMPILE_ERROR ? joinMessage(run) : run.stderr());
    }

    private static List<SandboxCase> sandboxCases(List<PreparedCase> cases) {
        return cases.stream().map(c -> new SandboxCase(c.testCase().name(), c.sandboxArgs())).toList();
    }

    private List<TestResult> judgeCases(Exercise exercise, List<PreparedCase> cases, SandboxResult run,
            boolean visible) {
        Map<String, CaseResult> byName = run.cases().stream()
                .collect(Collectors.toMap(CaseResult::name, Function.identity(), (a, b) -> a));
        List<TestResult> results = new ArrayList<>();
        for (PreparedCase prepared : cases) {
            CaseResult result = byName.get(prepared.testCase().name());
            if (result == null) {
                results.add(notRun(prepared, "not run: " + describe(run.outcome())));
            } else if (result.outcome() != Outcome.OK) {
                String message = visible && result.error() != null ? truncate(result.error())
                        : describe(result.outcome()) + " in this test";
                results.add(failed(prepared, "runtime", message, null, null, null));
            } else {
                results.add(CaseJudge.judge(exercise, prepared, ValueCodec.fromValue(result.value()),
                        inputsAfterCall(prepared, result), referenceCases.reference(exercise)));
            }
        }
        return results;
    }

    /** The job-level outcome decides first (the sandbox result is settled before any comparison), then the tests. */
    static Verdict verdict(Outcome jobOutcome, List<TestResult> results) {
        switch (jobOutcome) {
            case INTERNAL_ERROR:
                return Verdict.INTERNAL_ERROR;
            case COMPILE_ERROR:
                return Verdict.COMPILE_ERROR;
            case TIME_LIMIT:
                return Verdict.TIME_LIMIT;
            case MEMORY_LIMIT:
                return Verdict.MEMORY_LIMIT;
            case OUTPUT_LIMIT:
                return Verdict.OUTPUT_LIMIT;
            default:
                break;
        }
        return results.stream().filter(r -> !r.passed()).findFirst()
                .map(r -> "runtime".equals(r.kind()) ? Verdict.RUNTIME_ERROR : Verdict.WRONG_ANSWER)
                .orElse(Verdict.ACCEPTED);
    }

    /** The inputs as the candidate's call left them: the generated ones, with those it changed replaced. */
    private static List<Object> inputsAfterCall(PreparedCase prepared, CaseResult result) {
        if (result.modifiedArguments().isEmpty()) {
            return prepared.inputs();
        }
        List<Object> after = new ArrayList<>(prepared.inputs());
        result.modifiedArguments().forEach((index, value) -> after.set(index, ValueCodec.fromValue(value)));
        return after;
    }

    static String describe(Outcome outcome) {
        return switch (outcome) {
            case OK -> "ok";
            case COMPILE_ERROR -> "compile error";
            case RUNTIME_ERROR -> "runtime error";
            case TIME_LIMIT -> "time limit exceeded";
            case MEMORY_LIMIT -> "memory limit exceeded";
            case OUTPUT_LIMIT -> "output limit exceeded";
            case INTERNAL_ERROR -> "internal error of the grader (not your fault)";
        };
    }

    private static double weightOf(List<PreparedCase> cases, TestResult result) {
        return cases.stream().filter(c -> c.testCase().name().equals(result.name())).findFirst()
                .map(c -> (double) c.testCase().weight()).orElse(1.0);
    }

    private static TestResult notRun(PreparedCase prepared, String message) {
        return failed(prepared, "not-run", message, null, null, null);
    }

    static TestResult failed(PreparedCase prepared, String kind, String message, Double maxAbs, Double maxRel,
            String got) {
        boolean visible = prepared.testCase().visible();
        return new TestResult(prepared.testCase().name(), visible, false, kind, message, maxAbs, maxRel,
                visible ? prepared.testCase().description() : null, null, null, visible ? got : null);
    }

    private static String joinMessage(SandboxResult run) {
        String message = run.message() == null ? "" : run.message();
        String stderr = run.stderr() == null ? "" : run.stderr();
        return truncate(message.isBlank() ? stderr : stderr.isBlank() ? message : message + "\n" + stderr);
    }

    static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + " …";
    }
}

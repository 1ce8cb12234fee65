package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseLoader;
import io.tensorjudge.common.Language;
import io.tensorjudge.common.Verdict;
import io.tensorjudge.grading.ReferenceCases.PreparedCase;
import io.tensorjudge.sandbox.FakeSandboxRunner;
import io.tensorjudge.sandbox.SandboxCase;
import io.tensorjudge.sandbox.SandboxJob;
import io.tensorjudge.wire.Value;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Grading in an assessment attempt: the hidden cases come from the attempt's variant seed, the visible ones are the
 * practice ones, and what is right for one variant's hidden cases is wrong for another's. Fake sandbox (no process
 * runs); the real pipeline is {@code web.assessment.AttemptCaseVariantsTest}.
 */
class VariantGradingTest {

    private static final long ATTEMPT_A = 0x1234_5678_9ABC_DEF0L;
    private static final long ATTEMPT_B = ATTEMPT_A + 1; // adjacent seeds must not give related cases either

    private final ReferenceCases referenceCases = new ReferenceCases();
    private final ExerciseCatalog.Entry softmax = new ExerciseCatalog(ExerciseLoader.defaultRoot()).find("softmax")
            .orElseThrow();

    /** A sandbox whose "code" returns the expected values of {@code answers} (by case name). */
    private static FakeSandboxRunner answering(List<PreparedCase> answers) {
        Map<String, Object> byName = answers.stream()
                .collect(Collectors.toMap(c -> c.testCase().name(), PreparedCase::expected));
        return new FakeSandboxRunner(c -> ValueCodec.toValue(byName.get(c.name())));
    }

    private SandboxJob gradedJob(Long variant) {
        FakeSandboxRunner sandbox = answering(referenceCases.of(softmax, variant));
        GradeReport report = new Grader(sandbox, referenceCases).grade(softmax, Language.PYTHON, "...", true, variant);
        assertThat(report.verdict()).as("the variant's own reference answers").isEqualTo(Verdict.ACCEPTED);
        return sandbox.jobs().get(0);
    }

    private static Map<String, List<Value>> args(List<SandboxCase> cases) {
        return cases.stream().collect(Collectors.toMap(SandboxCase::name, SandboxCase::args));
    }

    @Test
    void shouldSendEachAttemptItsOwnHiddenInputsAndThePracticeVisibleOnes() {
        SandboxJob practice = gradedJob(null);
        SandboxJob a = gradedJob(ATTEMPT_A);
        SandboxJob aAgain = gradedJob(ATTEMPT_A);
        SandboxJob b = gradedJob(ATTEMPT_B);

        assertThat(args(a.cases())).isEqualTo(args(practice.cases())).isEqualTo(args(b.cases()));
        assertThat(args(aAgain.hiddenCases())).as("same attempt, same inputs").isEqualTo(args(a.hiddenCases()));
        // ...also when computed anew (another process, or after the cache dropped it): values, not one cached list
        assertThat(new ReferenceCases().of(softmax, ATTEMPT_A).stream().filter(c -> !c.testCase().visible())
                .collect(Collectors.toMap(c -> c.testCase().name(), PreparedCase::sandboxArgs)))
                .isEqualTo(args(a.hiddenCases()));
        assertThat(a.hiddenCases()).extracting(SandboxCase::name)
                .containsExactlyElementsOf(practice.hiddenCases().stream().map(SandboxCase::name).toList());
        Map<String, List<Value>> hiddenA = args(a.hiddenCases());
        Map<String, List<Value>> hiddenB = args(b.hiddenCases());
        Map<String, List<Value>> hiddenPractice = args(practice.hiddenCases());
        for (String name : hiddenA.keySet()) {
            // softmax's hidden cases draw their logits at random; the axis is a literal, the same everywhere
            assertThat(hiddenA.get(name).get(0)).as(name).isNotEqualTo(hiddenB.get(name).get(0))
                    .isNotEqualTo(hiddenPractice.get(name).get(0));
            assertThat(hiddenA.get(name).get(1)).as(name).isEqualTo(hiddenB.get(name).get(1));
        }
    }

    @Test
    void shouldRejectTheHiddenAnswersOfAnotherAttemptOrOfPractice() {
        for (List<PreparedCase> shared : List.of(referenceCases.of(softmax), referenceCases.of(softmax, ATTEMPT_B))) {
            FakeSandboxRunner sandbox = answering(shared);

            GradeReport report = new Grader(sandbox, referenceCases).grade(softmax, Language.PYTHON, "...", true,
                    ATTEMPT_A);

            assertThat(report.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
            assertThat(report.tests()).filteredOn(TestResult::visible).allMatch(TestResult::passed);
            assertThat(report.tests()).filteredOn(t -> !t.visible()).noneMatch(TestResult::passed);
        }
    }

    @Test
    void shouldGiveEveryAttemptTheSameVisibleCasesAsPractice() {
        Function<Long, List<PreparedCase>> visible = v -> referenceCases.of(softmax, v).stream()
                .filter(c -> c.testCase().visible()).toList();
        assertThat(visible.apply(ATTEMPT_A)).isEqualTo(visible.apply(null)).isEqualTo(visible.apply(ATTEMPT_B));
    }
}

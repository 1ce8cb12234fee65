package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseLoader;
import io.tensorjudge.common.Language;
import io.tensorjudge.common.Verdict;
import io.tensorjudge.grading.ReferenceCases.PreparedCase;
import io.tensorjudge.sandbox.FakeSandboxRunner;
import io.tensorjudge.sandbox.Outcome;
import io.tensorjudge.sandbox.SandboxCase;
import io.tensorjudge.sandbox.SandboxJob;
import io.tensorjudge.wire.Value;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grader's own rules, with a fake sandbox that answers each case as the test says (no process runs). */
class GraderTest {

    private static final ReferenceCases REFERENCE_CASES = new ReferenceCases();
    private static ExerciseCatalog.Entry softmax;
    private static Map<String, PreparedCase> cases;

    @BeforeAll
    static void loadSoftmax() {
        softmax = new ExerciseCatalog(ExerciseLoader.defaultRoot()).find("softmax").orElseThrow();
        cases = REFERENCE_CASES.of(softmax).stream()
                .collect(Collectors.toMap(c -> c.testCase().name(), Function.identity()));
    }

    private static Value reference(SandboxCase c) {
        return ValueCodec.toValue(cases.get(c.name()).expected());
    }

    private static GradeReport grade(FakeSandboxRunner sandbox, boolean allTests) {
        return new Grader(sandbox, REFERENCE_CASES).grade(softmax, Language.PYTHON, "def softmax(x, axis=-1): ...",
                allTests);
    }

    private static PreparedCase firstHidden() {
        return REFERENCE_CASES.of(softmax).stream().filter(c -> !c.testCase().visible()).findFirst().orElseThrow();
    }

    @Test
    void shouldAcceptWithFullScoreWhenEveryCaseMatchesTheReference() {
        FakeSandboxRunner sandbox = new FakeSandboxRunner(GraderTest::reference);

        GradeReport report = grade(sandbox, true);

        assertThat(report.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(report.score()).isEqualTo(1.0);
        assertThat(report.tests()).hasSize(cases.size()).allMatch(TestResult::passed);
    }

    @Test
    void shouldSendHiddenInputsOnlyInTheSecondPhaseAndNeverTheExpectedValues() {
        FakeSandboxRunner sandbox = new FakeSandboxRunner(GraderTest::reference);

        grade(sandbox, true);

        SandboxJob job = sandbox.jobs().get(0);
        assertThat(job.cases()).allMatch(c -> cases.get(c.name()).testCase().visible());
        assertThat(job.hiddenCases()).isNotEmpty().noneMatch(c -> cases.get(c.name()).testCase().visible());
        for (SandboxCase c : job.allCases()) {
            assertThat(c.args()).isEqualTo(cases.get(c.name()).sandboxArgs());
        }
    }

    @Test
    void shouldRunOnlyTheVisibleCasesWhenNotAllTestsAreAsked() {
        FakeSandboxRunner sandbox = new FakeSandboxRunner(GraderTest::reference);

        GradeReport report = grade(sandbox, false);

        assertThat(sandbox.jobs().get(0).hiddenCases()).isEmpty();
        assertThat(report.tests()).allMatch(TestResult::visible);
        assertThat(report.verdict()).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void shouldScoreByWeightWhenOneHiddenCaseIsWrong() {
        PreparedCase wrong = firstHidden();
        FakeSandboxRunner sandbox = new FakeSandboxRunner(c -> c.name().equals(wrong.testCase().name())
                ? ValueCodec.toValue(42.0)
                : reference(c));

        GradeReport report = grade(sandbox, true);

        int total = cases.values().stream().mapToInt(c -> c.testCase().weight()).sum();
        assertThat(report.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(report.score()).isCloseTo((total - wrong.testCase().weight()) / (double) total,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(report.tests()).filteredOn(t -> !t.passed()).extracting(TestResult::name)
                .containsExactly(wrong.testCase().name());
    }

    @Test
    void shouldKeepTheErrorTextOfAVisibleCaseButRedactItForAHiddenOne() {
        PreparedCase hidden = firstHidden();
        String visibleName = cases.values().stream().filter(c -> c.testCase().visible()).findFirst().orElseThrow()
                .testCase().name();
        FakeSandboxRunner sandbox = new FakeSandboxRunner(c -> {
            if (c.name().equals(visibleName) || c.name().equals(hidden.testCase().name())) {
                throw new IllegalStateException("secret detail of " + c.name());
            }
            return reference(c);
        });

        GradeReport report = grade(sandbox, true);

        assertThat(report.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        TestResult visible = report.tests().stream().filter(t -> t.name().equals(visibleName)).findFirst()
                .orElseThrow();
        TestResult redacted = report.tests().stream().filter(t -> t.name().equals(hidden.testCase().name()))
                .findFirst().orElseThrow();
        assertThat(visible.message()).contains("secret detail of " + visibleName);
        assertThat(redacted.message()).isEqualTo("runtime error in this test").doesNotContain("secret");
    }

    @Test
    void shouldLetTheJobOutcomeDecideBeforeAnyTest() {
        List<TestResult> oneRuntimeFailure = List.of(
                new TestResult("a", true, false, "runtime", "boom", null, null, null, null, null, null),
                new TestResult("b", true, false, "value", "off", null, null, null, null, null, null));

        assertThat(Grader.verdict(Outcome.INTERNAL_ERROR, oneRuntimeFailure)).isEqualTo(Verdict.INTERNAL_ERROR);
        assertThat(Grader.verdict(Outcome.COMPILE_ERROR, oneRuntimeFailure)).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(Grader.verdict(Outcome.TIME_LIMIT, oneRuntimeFailure)).isEqualTo(Verdict.TIME_LIMIT);
        assertThat(Grader.verdict(Outcome.MEMORY_LIMIT, oneRuntimeFailure)).isEqualTo(Verdict.MEMORY_LIMIT);
        assertThat(Grader.verdict(Outcome.OUTPUT_LIMIT, oneRuntimeFailure)).isEqualTo(Verdict.OUTPUT_LIMIT);
        assertThat(Grader.verdict(Outcome.OK, oneRuntimeFailure)).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(Grader.verdict(Outcome.OK, oneRuntimeFailure.subList(1, 2))).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(Grader.verdict(Outcome.OK, List.of())).isEqualTo(Verdict.ACCEPTED);
    }
}

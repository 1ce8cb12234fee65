package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.common.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of the candidate's file that a result names: only its own frames, never the harness's or a hidden test's. */
class SourceErrorTest {

    private static TestResult runtime(boolean visible, String message) {
        return new TestResult("t", visible, false, "runtime", message, null, null, null, null, null, null);
    }

    private static GradeReport report(Verdict verdict, String stderr, TestResult... tests) {
        return new GradeReport(verdict, 0, List.of(tests), "", stderr);
    }

    @Test
    void shouldNameTheInnermostSubmissionFrameOfAPythonTracebackAndIgnoreHarnessFrames() {
        String traceback = """
                Traceback (most recent call last):
                  File "/sandbox/python_harness.py", line 270, in _run_cases
                    value = fn(*args)
                  File "solution.py", line 9, in softmax
                    return helper(x)
                  File "solution.py", line 4, in helper
                    return y + x
                  File "/usr/lib/python3/dist-packages/numpy/core/fromnumeric.py", line 88, in _wrapreduction
                NameError: name 'y' is not defined""";
        assertThat(SourceError.of("python", report(Verdict.RUNTIME_ERROR, "", runtime(true, traceback))))
                .containsExactly(new SourceError(4, "NameError: name 'y' is not defined"));
    }

    @Test
    void shouldNameTheLineOfAPythonSyntaxError() {
        String compile = """
                  File "solution.py", line 3
                    def f(x)
                            ^
                SyntaxError: expected ':'""";
        assertThat(SourceError.of("python", report(Verdict.COMPILE_ERROR, compile, runtime(true, compile))))
                .containsExactly(new SourceError(3, "SyntaxError: expected ':'"));
    }

    @Test
    void shouldNameEveryJavacErrorLineOnce() {
        String javac = """
                Solution.java:5: error: cannot find symbol
                Solution.java:5: error: ';' expected
                Solution.java:12: error: incompatible types: int cannot be converted to INDArray
                """;
        assertThat(SourceError.of("java", report(Verdict.COMPILE_ERROR, javac)))
                .containsExactly(new SourceError(5, "cannot find symbol\n';' expected"),
                        new SourceError(12, "incompatible types: int cannot be converted to INDArray"));
    }

    @Test
    void shouldNameTheFirstSolutionFrameOfAJavaStackTraceAndIgnoreHarnessFrames() {
        String trace = "java.lang.ArithmeticException: / by zero\n\tat JavaHarness.call(JavaHarness.java:300)\n"
                + "\tat Solution.helper(Solution.java:7)\n\tat Solution.f(Solution.java:3)";
        assertThat(SourceError.of("java", report(Verdict.RUNTIME_ERROR, "", runtime(true, trace))))
                .containsExactly(new SourceError(7, "java.lang.ArithmeticException: / by zero"));
    }

    @Test
    void shouldNameNothingForHarnessOnlyFramesHiddenTestsOrOtherVerdicts() {
        String harnessOnly = "  File \"/sandbox/python_harness.py\", line 270, in _run_cases\nMemoryError";
        assertThat(SourceError.of("python", report(Verdict.RUNTIME_ERROR, "", runtime(true, harnessOnly)))).isEmpty();
        assertThat(SourceError.of("java", report(Verdict.RUNTIME_ERROR, "",
                runtime(true, "x\n\tat JavaHarness.main(JavaHarness.java:80)")))).isEmpty();
        // a hidden test's message is never read (it says only "runtime error in this test" anyway)
        assertThat(SourceError.of("python", report(Verdict.RUNTIME_ERROR, "",
                runtime(false, "  File \"solution.py\", line 2, in f\nValueError")))).isEmpty();
        assertThat(SourceError.of("python", report(Verdict.WRONG_ANSWER, "",
                runtime(true, "  File \"solution.py\", line 2, in f\nValueError")))).isEmpty();
        assertThat(SourceError.of("python", null)).isEmpty();
    }
}

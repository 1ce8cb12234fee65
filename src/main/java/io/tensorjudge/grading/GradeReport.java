package io.tensorjudge.grading;

import io.tensorjudge.common.Verdict;
import java.util.List;

/** Everything a grading produced: verdict, score in [0,1], per-test results and the visible run's output. */
public record GradeReport(Verdict verdict, double score, List<TestResult> tests, String stdout, String stderr) {
}

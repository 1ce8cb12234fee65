package io.tensorjudge.web.practice;

import io.tensorjudge.grading.GradeReport;
import io.tensorjudge.grading.SourceError;
import io.tensorjudge.grading.SubmissionSnapshot;
import io.tensorjudge.grading.TestResult;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A submission prepared for the page: results of a finished grading, with errors formatted for reading and the lines
 * of the code they name ({@code sourceErrors}, marked in the editor by exercise-editor.js).
 */
public record PageSubmission(String id, String language, String mode, String status, String verdict,
        String score, String createdAt, List<PageTest> tests, String stdout, String stderr,
        List<SourceError> sourceErrors, String code) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** One test's outcome; {@code input}, {@code expected}, {@code got} are present for visible tests only. */
    public record PageTest(String name, boolean visible, boolean passed, String kind, String message,
            String maxAbsError, String maxRelError, String description, String input, String expected,
            String got) {

        static PageTest of(TestResult t) {
            return new PageTest(t.name(), t.visible(), t.passed(), t.kind(), t.message(), sci(t.maxAbsError()),
                    sci(t.maxRelError()), t.description(), t.input(), t.expected(), t.got());
        }

        public boolean hasPreview() {
            return visible && (input != null || expected != null || got != null);
        }
    }

    static PageSubmission of(SubmissionSnapshot s) {
        GradeReport report = s.done() ? s.report() : null;
        List<PageTest> tests = report == null ? List.of() : report.tests().stream().map(PageTest::of).toList();
        return new PageSubmission(s.id(), s.language(), s.mode(), s.status().name(),
                s.verdict() == null ? null : s.verdict().name(),
                s.score() == null ? null : String.format(Locale.ROOT, "%.0f%%", s.score() * 100),
                s.createdAt() == null ? "" : TIME.format(s.createdAt()), tests,
                report == null ? "" : nullToEmpty(report.stdout()), report == null ? "" : nullToEmpty(report.stderr()),
                report == null ? List.of() : SourceError.of(s.language(), report), null);
    }

    /** With the submitted code, for the history of the browser that submitted it. */
    PageSubmission withCode(String submitted) {
        return new PageSubmission(id, language, mode, status, verdict, score, createdAt, tests, stdout, stderr,
                sourceErrors, submitted);
    }

    public boolean done() {
        return verdict != null;
    }

    public String verdictKey() {
        return "verdict_" + verdict;
    }

    public String statusKey() {
        return "status_" + status;
    }

    public String modeKey() {
        return "mode_" + mode;
    }

    public boolean accepted() {
        return "ACCEPTED".equals(verdict);
    }

    public long passedCount() {
        return tests.stream().filter(PageTest::passed).count();
    }

    /** "1.2e-07"; blank when the check never got as far as comparing values. */
    static String sci(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2e", value);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

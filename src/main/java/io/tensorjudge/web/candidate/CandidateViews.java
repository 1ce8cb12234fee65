package io.tensorjudge.web.candidate;

import io.tensorjudge.grading.SourceError;
import io.tensorjudge.grading.SubmissionSnapshot;
import io.tensorjudge.grading.TestResult;
import java.time.Instant;
import java.util.List;

/** What the candidate API sends and accepts. Never any MCQ correctness, hidden test, reference or expected value. */
public final class CandidateViews {

    private CandidateViews() {
    }

    /** The attempt as the candidate sees it; {@code items} only once started and until finished. */
    public record AttemptView(String status, String title, int timeLimitMinutes, List<String> languages,
            boolean allowRun, Instant startedAt, Instant deadline, long secondsLeft, int itemCount,
            List<ItemView> items) {
    }

    /**
     * An item with the candidate's saved work and whether an answer or a scored submission was made; {@code refId}
     * is the exercise id, null for MCQs. MCQs carry {@code stem}, {@code multiple} and {@code choices} in the order
     * shown to this candidate, keyed by per-attempt labels (A, B, C... by position, not the bank's keys);
     * {@code savedChoices} and the answers sent back use the same labels.
     */
    public record ItemView(long itemId, String kind, String refId, String title, int points, String savedLanguage,
            String savedCode, List<String> savedChoices, boolean submitted, Instant updatedAt, String stem,
            Boolean multiple, List<ChoiceView> choices) {
    }

    /** One MCQ choice as this candidate sees it: a per-attempt label and the text (Markdown). */
    public record ChoiceView(String key, String text) {
    }

    public record WorkRequest(String language, String code, List<String> choices) {
    }

    public record SavedView(Instant updatedAt) {
    }

    public record AnswerRequest(List<String> choices) {
    }

    public record SubmitRequest(String language, String code, String mode) {
    }

    public record AcceptedView(String id, String status) {
    }

    public record SignalRequest(String kind, Long itemId, String detail) {
    }

    /**
     * A submission of the attempt: visible tests in full, hidden tests only counted (passed of total) so nothing
     * about their data reaches the candidate; {@code sourceErrors} are the lines of the candidate's code that a compile
     * error or a visible test's traceback names.
     */
    public record SubmissionView(String id, String mode, String status, String verdict, List<TestResult> visibleTests,
            int hiddenPassed, int hiddenTotal, String stdout, String stderr, List<SourceError> sourceErrors) {

        static SubmissionView of(SubmissionSnapshot s) {
            if (!s.done() || s.report() == null) {
                return new SubmissionView(s.id(), s.mode(), s.status().name(), null, List.of(), 0, 0, "", "",
                        List.of());
            }
            List<TestResult> visible = s.report().tests().stream().filter(TestResult::visible).toList();
            List<TestResult> hidden = s.report().tests().stream().filter(t -> !t.visible()).toList();
            return new SubmissionView(s.id(), s.mode(), s.status().name(), s.verdict().name(), visible,
                    (int) hidden.stream().filter(TestResult::passed).count(), hidden.size(), s.report().stdout(),
                    s.report().stderr(), SourceError.of(s.language(), s.report()));
        }
    }
}

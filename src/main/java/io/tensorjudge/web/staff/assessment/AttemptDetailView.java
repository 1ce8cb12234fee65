package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.AttemptResult;
import io.tensorjudge.assessment.AttemptReview;
import io.tensorjudge.assessment.ItemResult;
import io.tensorjudge.assessment.Review;
import io.tensorjudge.assessment.SavedWork;
import io.tensorjudge.assessment.Signal;
import io.tensorjudge.grading.SubmissionSnapshot;
import io.tensorjudge.grading.TestResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an interviewer sees about one attempt: per item the MCQ answer or every submission with its per-test
 * results (hidden tests included: the interviewer may see how the candidate did on them), the saved work,
 * integrity signals and the review.
 */
public record AttemptDetailView(AttemptSummaryView summary, List<ItemDetail> items, List<SignalView> signals,
        ReviewView review) {

    /**
     * {@code choices} are the bank's (canonical) keys; {@code shownOrder} lists them in the order this candidate saw
     * the choices (labelled A, B, C... on their page), null for exercises; {@code options} are those choices with
     * their text, the candidate's choice and the key marked (empty for exercises); {@code secondsSpent} the time
     * estimated from the recorded work ({@code assessment.WorkHistoryService}), null when nothing was recorded.
     */
    public record ItemDetail(long itemId, String kind, String refId, String title, int points, double earned,
            String choices, Boolean correct, List<SubmissionDetail> submissions, String savedLanguage,
            String savedCode, List<String> shownOrder, List<OptionView> options, Long secondsSpent) {
    }

    /** One MCQ choice as the candidate saw it: its label there, the bank key, Markdown text, chosen?, key? */
    public record OptionView(String label, String key, String text, boolean chosen, boolean correct) {
        /** For the page: the text rendered (raw HTML escaped by {@link io.tensorjudge.web.Markdown}). */
        public String textHtml() {
            return io.tensorjudge.web.Markdown.toInlineHtml(text);
        }
    }

    public record SubmissionDetail(String id, String mode, String language, String status, String verdict,
            Double score, Instant createdAt, List<TestResult> tests) {
        static SubmissionDetail of(SubmissionSnapshot s) {
            boolean done = s.done() && s.report() != null;
            return new SubmissionDetail(s.id(), s.mode(), s.language(), s.status().name(),
                    done ? s.verdict().name() : null, done ? s.score() : null, s.createdAt(),
                    done ? s.report().tests() : List.of());
        }
    }

    public record SignalView(String kind, Long itemId, String detail, Instant at) {
        static SignalView of(Signal e) {
            return new SignalView(e.kind().name(), e.itemId(), e.detail(), e.occurredAt());
        }
    }

    public record ReviewView(String notes, String recommendation, Instant updatedAt) {
        public record ReviewRequest(String notes, String recommendation) {
        }

        static ReviewView of(Review r) {
            return r == null ? new ReviewView("", AttemptReview.Recommendation.UNDECIDED.name(), null)
                    : new ReviewView(r.notes(), r.recommendation().name(), r.updatedAt());
        }
    }

    static ItemDetail item(ItemResult r, String title, Map<Long, SavedWork> work, List<String> shownOrder,
            List<OptionView> options, Long secondsSpent) {
        SavedWork saved = work.get(r.item().id());
        return new ItemDetail(r.item().id(), r.item().kind().name(), r.item().refId(), title, r.item().points(),
                AttemptSummaryView.round(r.earned()), r.answer() == null ? null : r.answer().choices(),
                r.answer() == null ? null : r.answer().correct(),
                r.submissions().stream().map(SubmissionDetail::of).toList(),
                saved == null ? null : saved.language(), saved == null ? null : saved.code(), shownOrder,
                options, secondsSpent);
    }
}

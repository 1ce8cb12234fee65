package io.tensorjudge.assessment;

import io.tensorjudge.bank.QuestionFile;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as its candidate sees it: the assessment's rules, the clock and, per item, the saved work, whether it
 * was answered (MCQ) or submitted for a score (exercise), and an MCQ's choice order for this attempt. Nothing in it
 * says whether an answer is right. {@code language}: the assessment's page language (zh, en), null when the
 * candidate's browser decides.
 */
public record CandidateWorkspace(AttemptInfo attempt, String title, int timeLimitMinutes, Instant closesAt,
        boolean allowRun, List<String> languages, long secondsLeft, List<Item> items, String language) {

    /**
     * One item; {@code saved} is null before the first autosave; {@code order} and {@code question} (the MCQ's
     * current version, keys included: the web layer shows only stem and choices) are null for an exercise;
     * {@code lastSubmissionId} is the grading submission of the item's latest run or submit (null: none yet).
     */
    public record Item(ItemInfo item, boolean done, SavedWork saved, ChoiceOrder order, QuestionFile.QuestionDef question,
            String lastSubmissionId) {

        /** The saved MCQ choices under this attempt's labels (none saved: empty). */
        public List<String> savedLabels() {
            if (saved == null || saved.choices() == null || saved.choices().isBlank()) {
                return List.of();
            }
            List<String> keys = List.of(saved.choices().split(","));
            return order == null ? keys : order.toLabels(keys);
        }
    }

    public long maxPoints() {
        return items.stream().mapToLong(i -> i.item().points()).sum();
    }
}

package io.tensorjudge.assessment;

import java.time.Instant;
import java.util.List;

/** What an interviewer asks for when creating or editing an assessment. */
public record AssessmentDraft(String title, Integer timeLimitMinutes, List<String> languages, boolean allowRun,
        Instant opensAt, Instant closesAt, List<ItemSpec> items, String language) {

    /** Candidate pages in the candidate's browser's language. */
    public AssessmentDraft(String title, Integer timeLimitMinutes, List<String> languages, boolean allowRun,
            Instant opensAt, Instant closesAt, List<ItemSpec> items) {
        this(title, timeLimitMinutes, languages, allowRun, opensAt, closesAt, items, null);
    }

    /**
     * One requested item: kind MCQ or EXERCISE with {@code refId}, or RANDOM_MCQ with {@code topic} and
     * {@code count} (resolved into {@code count} MCQ items, each worth {@code points}, when saved). A random draw
     * takes private questions only, unless {@code includePublic}: a public one can have been practised.
     */
    public record ItemSpec(String kind, String refId, String topic, Integer count, Integer points,
            boolean includePublic) {

        public ItemSpec(String kind, String refId, String topic, Integer count, Integer points) {
            this(kind, refId, topic, count, points, false);
        }
    }
}

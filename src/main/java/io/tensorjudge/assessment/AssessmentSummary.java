package io.tensorjudge.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An assessment's settings, sharing and items, as other packages see them. */
public record AssessmentSummary(long id, long ownerId, String title, int timeLimitMinutes, List<String> languages,
        boolean allowRun, Instant opensAt, Instant closesAt, Set<Long> sharedWith, Instant createdAt,
        List<ItemInfo> items, Instant archivedAt, String language) {

    /** Reads the items (one query). */
    static AssessmentSummary of(Assessment a) {
        return new AssessmentSummary(a.id, a.ownerId, a.title, a.timeLimitMinutes, a.languageList(), a.allowRun,
                a.opensAt, a.closesAt, Set.copyOf(a.sharedWith), a.createdAt,
                a.items().stream().map(ItemInfo::of).toList(), a.archivedAt, a.language);
    }
}

package io.tensorjudge.web.assessment;

import io.tensorjudge.assessment.Assessment;
import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.web.Lang;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An assessment as the interviewer API returns it. */
public record AssessmentView(long id, String title, int timeLimitMinutes, List<String> languages, boolean allowRun,
        Instant opensAt, Instant closesAt, String owner, List<String> sharedWith, List<ItemView> items,
        Instant createdAt) {

    public record ItemView(long id, int position, String kind, String refId, String title, int points) {
    }

    public int maxPoints() {
        return items.stream().mapToInt(ItemView::points).sum();
    }

    /** {@code usernames}: the owner's and the shared-with accounts' names by id (one query, not one per account). */
    static AssessmentView of(Assessment a, List<AssessmentItem> items, ItemTitles titles, Lang lang,
            Map<Long, String> usernames) {
        String owner = usernames.get(a.ownerId);
        List<String> shared = a.sharedWith.stream().sorted().map(usernames::get).filter(Objects::nonNull).toList();
        return new AssessmentView(a.id, a.title, a.timeLimitMinutes, a.languageList(), a.allowRun, a.opensAt,
                a.closesAt, owner, shared, items.stream().map(i -> new ItemView(i.id, i.position, i.kind.name(),
                        i.refId, titles.title(i.kind, i.refId, lang), i.points)).toList(), a.createdAt);
    }
}

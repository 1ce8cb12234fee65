package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.web.Lang;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.tensorjudge.web.ItemTitles;

/** An assessment as the interviewer API returns it. */
public record AssessmentView(long id, String title, int timeLimitMinutes, List<String> languages, boolean allowRun,
        Instant opensAt, Instant closesAt, String owner, List<String> sharedWith, List<ItemView> items,
        Instant createdAt, Instant archivedAt, String language) {

    public record ItemView(long id, int position, String kind, String refId, String title, int points) {
    }

    public int maxPoints() {
        return items.stream().mapToInt(ItemView::points).sum();
    }

    /** {@code usernames}: the owner's and the shared-with accounts' names by id (one query, not one per account). */
    static AssessmentView of(AssessmentSummary a, ItemTitles titles, Lang lang, Map<Long, String> usernames) {
        String owner = usernames.get(a.ownerId());
        List<String> shared = a.sharedWith().stream().sorted().map(usernames::get).filter(Objects::nonNull).toList();
        return new AssessmentView(a.id(), a.title(), a.timeLimitMinutes(), a.languages(), a.allowRun(), a.opensAt(),
                a.closesAt(), owner, shared, a.items().stream().map(i -> new ItemView(i.id(), i.position(),
                        i.kind().name(), i.refId(), titles.title(i.kind(), i.refId(), lang), i.points())).toList(),
                a.createdAt(), a.archivedAt(), a.language());
    }
}

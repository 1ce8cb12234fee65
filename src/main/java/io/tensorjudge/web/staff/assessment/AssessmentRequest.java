package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.AssessmentDraft;
import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST/PUT /api/v1/assessments[/{id}]}. Items: {@code {"kind":"MCQ"|"EXERCISE","refId":..,"points":..}}
 * or {@code {"kind":"RANDOM_MCQ","topic":..,"count":..,"points":..,"includePublic":false}}. {@code language}: the
 * candidate pages' language, {@code zh} or {@code en}; absent, null or blank: the candidate's browser decides.
 */
public record AssessmentRequest(String title, Integer timeLimitMinutes, List<String> languages, Boolean allowRun,
        Instant opensAt, Instant closesAt, List<ItemRequest> items, String language) {

    /** {@code includePublic} (RANDOM_MCQ only, default false): draw public questions too, not only private ones. */
    public record ItemRequest(String kind, String refId, String topic, Integer count, Integer points,
            Boolean includePublic) {
    }

    AssessmentDraft toDraft() {
        List<AssessmentDraft.ItemSpec> specs = items == null ? List.of() : items.stream()
                .map(i -> i == null ? null : new AssessmentDraft.ItemSpec(i.kind(), i.refId(), i.topic(), i.count(),
                        i.points(), Boolean.TRUE.equals(i.includePublic())))
                .toList();
        return new AssessmentDraft(title, timeLimitMinutes, languages, Boolean.TRUE.equals(allowRun), opensAt,
                closesAt, specs, language == null || language.isBlank() ? null : language);
    }
}

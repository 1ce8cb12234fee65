package io.tensorjudge.assessment;

/** One item of an assessment as other packages see it; {@code refId} is the question or exercise id. */
public record ItemInfo(long id, int position, AssessmentItem.Kind kind, String refId, int points) {

    static ItemInfo of(AssessmentItem i) {
        return new ItemInfo(i.id, i.position, i.kind, i.refId, i.points);
    }
}

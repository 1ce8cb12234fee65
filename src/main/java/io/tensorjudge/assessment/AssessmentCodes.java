package io.tensorjudge.assessment;

import java.util.List;

/** The final codes of an assessment's exercise items, in item order, for the similarity report. */
public record AssessmentCodes(long assessmentId, String title, List<ItemCodes> items) {
}

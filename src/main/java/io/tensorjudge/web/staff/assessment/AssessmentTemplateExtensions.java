package io.tensorjudge.web.staff.assessment;

import io.quarkus.qute.TemplateExtension;

/** Formatting helpers for the assessment templates. */
@TemplateExtension
class AssessmentTemplateExtensions {

    /** 754 -> "12:34" (minutes:seconds), for time used. */
    static String minutesSeconds(Long seconds) {
        if (seconds == null) {
            return "";
        }
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}

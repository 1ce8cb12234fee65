package io.tensorjudge.web.staff.insight;

import io.tensorjudge.common.Invalid;
import io.tensorjudge.statistics.AssessmentSimilarityService;

/** The similarity threshold a request asks for: a share in [0,1], the service's default when absent. */
final class Thresholds {

    private Thresholds() {
    }

    static double valid(Double threshold) {
        if (threshold == null) {
            return AssessmentSimilarityService.DEFAULT_THRESHOLD;
        }
        if (threshold.isNaN() || threshold < 0 || threshold > 1) {
            throw Invalid.field("threshold", "threshold must be between 0 and 1");
        }
        return threshold;
    }
}

package io.tensorjudge.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** MCQ answers given in assessments, with the rest score of their attempt, keyed by question version. */
@ApplicationScoped
class AssessmentAnswers {

    // Interim: the assessment data model (branch assess) is not merged yet, so there are no assessment answers.
    Map<Long, List<McqResponse>> forVersions(Collection<Long> versionIds) {
        return Map.of();
    }
}

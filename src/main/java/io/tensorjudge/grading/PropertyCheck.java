package io.tensorjudge.grading;

import java.util.Optional;

/**
 * A named check on the candidate's output that the value comparison alone would not explain (e.g. "rows sum to 1").
 * Each check decides itself whether it applies to a case; one that does not apply passes.
 */
public interface PropertyCheck {

    /** The name used in exercise.yaml, e.g. "rows-sum-to-one". */
    String name();

    /** Empty when the property holds, else a sentence for the candidate. */
    Optional<String> violation(PropertyContext context);
}

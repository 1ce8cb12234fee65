package io.tensorjudge.bank;

import java.util.Set;

/**
 * The property checks an exercise.yaml may name. The bank validates names against this list; the grading package
 * implements one check per name (and verifies at start that the two agree).
 */
public final class PropertyNames {

    public static final String INPUTS_UNCHANGED = "inputs-unchanged";

    public static final Set<String> ALL = Set.of("rows-sum-to-one", "eval-identity", "masks-differ-per-step",
            "loss-decreases", "nonnegative", INPUTS_UNCHANGED);

    private PropertyNames() {
    }
}

package io.tensorjudge.grading;

import io.tensorjudge.bank.PropertyNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The named property checks that exercise.yaml may list; inputs-unchanged always runs. */
public final class PropertyChecks {

    public static final String INPUTS_UNCHANGED = PropertyNames.INPUTS_UNCHANGED;

    private static final Map<String, PropertyCheck> BY_NAME = new LinkedHashMap<>();

    static {
        for (PropertyCheck check : List.of(new RowsSumToOne(), new EvalIdentity(), new MasksDifferPerStep(),
                new LossDecreases(), new Nonnegative(), new InputsUnchanged())) {
            BY_NAME.put(check.name(), check);
        }
        if (!BY_NAME.keySet().equals(PropertyNames.ALL)) {
            throw new IllegalStateException("property checks " + BY_NAME.keySet() + " differ from the names the bank "
                    + "accepts " + PropertyNames.ALL);
        }
    }

    private PropertyChecks() {
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    public static Optional<PropertyCheck> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Runs the listed checks plus inputs-unchanged; returns "name: violation" for each that fails. */
    public static List<String> violations(List<String> names, PropertyContext context) {
        List<String> all = new ArrayList<>(names);
        if (!all.contains(INPUTS_UNCHANGED)) {
            all.add(INPUTS_UNCHANGED);
        }
        List<String> failures = new ArrayList<>();
        for (String name : all) {
            PropertyCheck check = byName(name).orElseThrow(() -> new IllegalArgumentException("unknown property " + name));
            check.violation(context).ifPresent(v -> failures.add(name + ": " + v));
        }
        return failures;
    }
}

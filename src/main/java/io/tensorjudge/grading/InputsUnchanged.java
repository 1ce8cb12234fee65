package io.tensorjudge.grading;

import io.tensorjudge.bank.Tolerance;
import java.util.Optional;

/** The call must not modify its inputs in place (checked on every case). */
final class InputsUnchanged implements PropertyCheck {

    private static final Tolerance EXACT = new Tolerance(0, 0, false);

    @Override
    public String name() {
        return PropertyChecks.INPUTS_UNCHANGED;
    }

    @Override
    public Optional<String> violation(PropertyContext context) {
        if (context.inputsAfterCall() == null) {
            return Optional.empty();
        }
        for (int i = 0; i < context.inputs().size(); i++) {
            Object before = context.inputs().get(i);
            Object after = context.inputsAfterCall().get(i);
            if (after == before || before == null || before instanceof Number || before instanceof Boolean) {
                continue;
            }
            Comparison c = TensorComparator.compare(after, before, EXACT);
            if (!c.passed()) {
                return Optional.of("input '" + context.paramNames().get(i) + "' was modified in place ("
                        + c.path() + " " + c.message() + ")");
            }
        }
        return Optional.empty();
    }
}

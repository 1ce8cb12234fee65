package io.tensorjudge.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * For a training step whose output is (new values of the first k inputs..., loss) - e.g. (new_params, loss_before) or
 * (W, b, losses) - the loss at the candidate's new parameters must be lower than the loss before the step. The loss at
 * the new parameters is what the reference reports as "loss before" when started from them.
 */
final class LossDecreases implements PropertyCheck {

    @Override
    public String name() {
        return "loss-decreases";
    }

    @Override
    public Optional<String> violation(PropertyContext context) {
        List<Object> out = Outputs.elements(context.actual());
        if (out.size() < 2) {
            return Optional.of("expected a tuple (new parameters..., loss)");
        }
        List<Object> restart = new ArrayList<>(context.inputs());
        for (int i = 0; i < out.size() - 1; i++) {
            restart.set(i, out.get(i));
        }
        double before = firstLoss(Outputs.elements(context.expected()).get(out.size() - 1));
        double after;
        try {
            after = firstLoss(Outputs.elements(context.reference().apply(restart)).get(out.size() - 1));
        } catch (RuntimeException e) {
            return Optional.of("the returned parameters cannot be evaluated: " + e.getMessage());
        }
        if (!(after < before)) {
            return Optional.of(String.format("the loss at the returned parameters (%.6g) is not below the loss before "
                    + "the step (%.6g)", after, before));
        }
        return Optional.empty();
    }

    private static double firstLoss(Object loss) {
        if (loss instanceof Number n) {
            return n.doubleValue();
        }
        if (loss instanceof INDArray a && a.length() > 0) {
            return a.getDouble(0);
        }
        throw new IllegalArgumentException("not a loss value");
    }
}

package io.tensorjudge.grading;

import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Every number in the output is >= 0 (losses, norms, probabilities). */
final class Nonnegative implements PropertyCheck {

    @Override
    public String name() {
        return "nonnegative";
    }

    @Override
    public Optional<String> violation(PropertyContext context) {
        for (Object leaf : Outputs.leaves(context.actual())) {
            double min = leaf instanceof Number n ? n.doubleValue()
                    : leaf instanceof INDArray a && a.length() > 0 ? a.minNumber().doubleValue() : 0.0;
            if (min < 0 || Double.isNaN(min)) {
                return Optional.of("the output contains " + min + ", which is negative or NaN");
            }
        }
        return Optional.empty();
    }
}

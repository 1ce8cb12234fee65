package io.tensorjudge.grading;

import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/** With training=false the layer is the identity: the output equals the input "x" (applies only to such cases). */
final class EvalIdentity implements PropertyCheck {

    @Override
    public String name() {
        return "eval-identity";
    }

    @Override
    public Optional<String> violation(PropertyContext context) {
        if (!(context.input("training") instanceof Boolean training) || training) {
            return Optional.empty();
        }
        if (!(context.input("x") instanceof INDArray x)) {
            return Optional.empty();
        }
        INDArray out = Outputs.firstArray(context.actual());
        if (out == null) {
            return Optional.of("the output is not an array");
        }
        Comparison c = TensorComparator.compareArrays(out, x, context.tolerance());
        return c.passed() ? Optional.empty() : Optional.of("with training=false the output must equal x (" + c.message() + ")");
    }
}

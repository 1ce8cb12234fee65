package io.tensorjudge.grading;

import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Probabilities sum to 1 along the exercise's axis: the int input named "axis" if there is one, else the last axis.
 * Checks the output array, or for a tuple its last array (attention returns (out, weights)).
 */
final class RowsSumToOne implements PropertyCheck {

    @Override
    public String name() {
        return "rows-sum-to-one";
    }

    @Override
    public Optional<String> violation(PropertyContext context) {
        INDArray probs = Outputs.lastArray(context.actual());
        if (probs == null || !probs.dataType().isFPType() || probs.rank() == 0) {
            return Optional.of("the output is not a floating-point array");
        }
        int axis = context.input("axis") instanceof Integer a ? a : -1;
        int dim = axis < 0 ? axis + probs.rank() : axis;
        if (dim < 0 || dim >= probs.rank()) {
            return Optional.of("the output has no axis " + axis);
        }
        INDArray sums = probs.castTo(DataType.DOUBLE).sum(dim);
        double worst = Transforms.abs(sums.sub(1.0), false).maxNumber().doubleValue();
        double allowed = 1e-6 + 1e-9 * probs.size(dim);
        if (!(worst <= allowed)) {
            return Optional.of(String.format("slices along axis %d sum to 1 only within %.3g", axis, worst));
        }
        return Optional.empty();
    }
}

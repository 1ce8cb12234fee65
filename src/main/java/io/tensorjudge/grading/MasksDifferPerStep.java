package io.tensorjudge.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-step dropout masks (inputs named *_masks, [T, ...]) must each be used at their own step. The check re-runs the
 * reference with step 0's masks repeated for every step; an output that matches that run instead of the true one has
 * reused one mask for the whole sequence.
 */
final class MasksDifferPerStep implements PropertyCheck {

    @Override
    public String name() {
        return "masks-differ-per-step";
    }

    @Override
    public Optional<String> violation(PropertyContext context) {
        List<Object> reused = new ArrayList<>(context.inputs());
        boolean any = false;
        for (int i = 0; i < context.paramNames().size(); i++) {
            if (context.paramNames().get(i).endsWith("masks") && reused.get(i) instanceof INDArray masks
                    && masks.rank() >= 2 && masks.size(0) > 1) {
                INDArray first = masks.slice(0);
                INDArray[] copies = new INDArray[(int) masks.size(0)];
                java.util.Arrays.fill(copies, first);
                reused.set(i, Nd4j.stack(0, copies));
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        Object oneMask = context.reference().apply(reused);
        if (TensorComparator.compare(oneMask, context.expected(), context.tolerance()).passed()) {
            return Optional.empty(); // the masks of this case do not change the output: nothing to tell apart
        }
        boolean matchesReused = TensorComparator.compare(context.actual(), oneMask, context.tolerance()).passed();
        return matchesReused
                ? Optional.of("the output uses the first step's mask at every step; each step t must use masks[t]")
                : Optional.empty();
    }
}

package io.tensorjudge.grading;

import io.tensorjudge.bank.Tolerance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorjudge.reference.ExerciseReferences;
import io.tensorjudge.reference.ReferenceFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Each named property on a reference output (holds) and on a typical wrong output (violated). */
class PropertyChecksTest {

    private static INDArray randn(long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.randn(DataType.DOUBLE, shape);
    }

    private static List<String> violations(String property, String id, List<String> names, List<Object> inputs,
            Object actual, List<Object> after) {
        ReferenceFunction reference = ExerciseReferences.get(id);
        Object expected = reference.apply(PropertyContext.snapshot(inputs));
        return PropertyChecks.violations(List.of(property),
                new PropertyContext(names, inputs, after, actual, expected, reference, Tolerance.DEFAULT));
    }

    private static Object reference(String id, List<Object> inputs) {
        return ExerciseReferences.get(id).apply(PropertyContext.snapshot(inputs));
    }

    @Test
    void rowsSumToOneUsesTheAxisInput() {
        List<Object> in = List.of(randn(1, 3, 4), 0);
        List<String> names = List.of("x", "axis");
        assertEquals(List.of(), violations("rows-sum-to-one", "softmax", names, in, reference("softmax", in), null));
        Object wrongAxis = reference("softmax", List.of(in.get(0), -1));
        assertEquals(1, violations("rows-sum-to-one", "softmax", names, in, wrongAxis, null).size());
    }

    @Test
    void evalIdentityAppliesOnlyWithTrainingFalse() {
        INDArray x = randn(2, 3, 4);
        INDArray mask = Nd4j.ones(DataType.DOUBLE, 3, 4);
        List<String> names = List.of("x", "p", "mask", "training");
        List<Object> eval = List.of(x, 0.5, mask, false);
        assertEquals(List.of(), violations("eval-identity", "dropout", names, eval, x.dup(), null));
        assertEquals(1, violations("eval-identity", "dropout", names, eval, x.mul(2), null).size());
        List<Object> train = List.of(x, 0.5, mask, true);
        assertEquals(List.of(), violations("eval-identity", "dropout", names, train, x.mul(2), null));
    }

    @Test
    void masksDifferPerStepCatchesAReusedFirstMask() {
        long t = 3, n = 2, d = 3, h = 4, o = 2;
        INDArray xMasks = Nd4j.createFromArray(new double[] {1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1}).reshape(t, n, d);
        INDArray hMasks = Nd4j.ones(DataType.DOUBLE, t, n, h);
        List<Object> in = List.of(randn(3, t, n, d), randn(4, n, h), randn(5, d, h), randn(6, h, h), randn(7, h),
                randn(8, h, o), randn(9, o), 0.5, xMasks, hMasks);
        List<String> names = List.of("xs", "h0", "W_xh", "W_hh", "b_h", "W_hy", "b_y", "p", "x_masks", "h_masks");
        assertEquals(List.of(), violations("masks-differ-per-step", "rnn-dropout", names, in, reference("rnn-dropout", in), null));
        List<Object> reused = new java.util.ArrayList<>(in);
        reused.set(8, Nd4j.stack(0, xMasks.slice(0), xMasks.slice(0), xMasks.slice(0)));
        Object wrong = reference("rnn-dropout", reused);
        assertEquals(1, violations("masks-differ-per-step", "rnn-dropout", names, in, wrong, null).size());
    }

    @Test
    void lossDecreasesComparesTheLossAtTheReturnedParameters() {
        Map<String, INDArray> params = new LinkedHashMap<>();
        params.put("W1", randn(10, 3, 5).muli(0.5));
        params.put("b1", Nd4j.zeros(DataType.DOUBLE, 5));
        params.put("W2", randn(11, 5, 4).muli(0.5));
        params.put("b2", Nd4j.zeros(DataType.DOUBLE, 4));
        List<Object> in = List.of(params, randn(12, 8, 3), Nd4j.createFromArray(new long[] {0, 1, 2, 3, 0, 1, 2, 3}), 0.1);
        List<String> names = List.of("params", "x", "y", "lr");
        Object good = reference("mlp-train-step", in);
        assertEquals(List.of(), violations("loss-decreases", "mlp-train-step", names, in, good, null));
        Object[] unchanged = {params, ((Object[]) good)[1]};
        assertEquals(1, violations("loss-decreases", "mlp-train-step", names, in, unchanged, null).size());
    }

    @Test
    void nonnegativeRejectsNegativeLosses() {
        List<Object> in = List.of(randn(13, 4, 3), Nd4j.createFromArray(new long[] {0, 1, 2, 0}));
        List<String> names = List.of("logits", "targets");
        assertEquals(List.of(), violations("nonnegative", "cross-entropy", names, in, reference("cross-entropy", in), null));
        assertEquals(1, violations("nonnegative", "cross-entropy", names, in, -0.5, null).size());
    }

    @Test
    void inputsUnchangedRunsAlwaysAndSeesInPlaceEdits() {
        INDArray x = randn(14, 2, 3);
        List<Object> in = List.of(x, -1);
        List<String> names = List.of("x", "axis");
        Object out = reference("softmax", in);
        List<Object> after = PropertyContext.snapshot(in);
        assertEquals(List.of(), violations("rows-sum-to-one", "softmax", names, in, out, after));
        ((INDArray) after.get(0)).addi(1.0);
        List<String> v = violations("rows-sum-to-one", "softmax", names, in, out, after);
        assertEquals(1, v.size());
        assertTrue(v.get(0).startsWith("inputs-unchanged: input 'x' was modified"), v.get(0));
    }
}

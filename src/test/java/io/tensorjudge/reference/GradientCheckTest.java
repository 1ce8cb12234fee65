package io.tensorjudge.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every backward reference against central finite differences in float64. A scalar loss sum(forward(...) * dout) has
 * gradient equal to the backward pass fed with dout, so each check is one loss function and one analytic gradient.
 */
class GradientCheckTest {

    private static final double H = 1e-6;

    @BeforeAll
    static void float64() {
        Nd4jRuntime.configure();
    }

    private static INDArray randn(long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.randn(DataType.DOUBLE, shape);
    }

    /** Central differences of a scalar function, one coordinate at a time (test sizes are tiny). */
    private static INDArray numeric(Function<INDArray, Double> loss, INDArray at) {
        INDArray grad = Nd4j.zeros(DataType.DOUBLE, at.shape());
        INDArray point = at.dup();
        for (long i = 0; i < at.length(); i++) {
            double original = point.getDouble(i);
            point.putScalar(i, original + H);
            double plus = loss.apply(point);
            point.putScalar(i, original - H);
            double minus = loss.apply(point);
            point.putScalar(i, original);
            grad.putScalar(i, (plus - minus) / (2 * H));
        }
        return grad;
    }

    private static void assertGradient(String what, INDArray numeric, INDArray analytic) {
        double scale = Math.max(1.0, numeric.norm2Number().doubleValue());
        double error = numeric.sub(analytic).norm2Number().doubleValue() / scale;
        assertTrue(error < 1e-7, what + ": relative error " + error + "\nnumeric " + numeric + "\nanalytic " + analytic);
    }

    private static double dot(INDArray y, INDArray dout) {
        return y.mul(dout).sumNumber().doubleValue();
    }

    @Test
    void linearBackward() {
        INDArray x = randn(1, 4, 3), w = randn(2, 3, 5), b = randn(3, 5), dout = randn(4, 4, 5);
        INDArray[] g = Linear.backward(x, w, b, dout);
        assertGradient("dx", numeric(v -> dot(Linear.forward(v, w, b), dout), x), g[0]);
        assertGradient("dW", numeric(v -> dot(Linear.forward(x, v, b), dout), w), g[1]);
        assertGradient("db", numeric(v -> dot(Linear.forward(x, w, v), dout), b), g[2]);
    }

    @Test
    void crossEntropyBackward() {
        INDArray logits = randn(5, 4, 6).muli(3);
        INDArray targets = Nd4j.createFromArray(new long[] {0, 5, 2, 2});
        assertGradient("dlogits", numeric(v -> Losses.crossEntropy(v, targets), logits),
                Losses.crossEntropyBackward(logits, targets));
    }

    @Test
    void residualBlockBackward() {
        INDArray x = randn(6, 5, 4), w1 = randn(7, 4, 6), b1 = randn(8, 6), w2 = randn(9, 6, 4), b2 = randn(10, 4);
        INDArray dout = randn(11, 5, 4);
        INDArray[] g = ResidualBlock.backward(x, w1, b1, w2, b2, dout);
        assertGradient("dx", numeric(v -> dot(ResidualBlock.forward(v, w1, b1, w2, b2), dout), x), g[0]);
        assertGradient("dW1", numeric(v -> dot(ResidualBlock.forward(x, v, b1, w2, b2), dout), w1), g[1]);
        assertGradient("db1", numeric(v -> dot(ResidualBlock.forward(x, w1, v, w2, b2), dout), b1), g[2]);
        assertGradient("dW2", numeric(v -> dot(ResidualBlock.forward(x, w1, b1, v, b2), dout), w2), g[3]);
        assertGradient("db2", numeric(v -> dot(ResidualBlock.forward(x, w1, b1, w2, v), dout), b2), g[4]);
    }

    @Test
    void batchnormBackward() {
        INDArray x = randn(12, 6, 4).muli(2).addi(1), gamma = randn(13, 4), beta = randn(14, 4), dout = randn(15, 6, 4);
        INDArray zeros = Nd4j.zeros(DataType.DOUBLE, 4), ones = Nd4j.ones(DataType.DOUBLE, 4);
        Function<INDArray[], INDArray> y = p -> BatchNorm.forward(p[0], p[1], p[2], zeros, ones, true, 0.1, 1e-5)[0];
        INDArray[] g = BatchNorm.backward(x, gamma, dout, 1e-5);
        assertGradient("dx", numeric(v -> dot(y.apply(new INDArray[] {v, gamma, beta}), dout), x), g[0]);
        assertGradient("dgamma", numeric(v -> dot(y.apply(new INDArray[] {x, v, beta}), dout), gamma), g[1]);
        assertGradient("dbeta", numeric(v -> dot(y.apply(new INDArray[] {x, gamma, v}), dout), beta), g[2]);
    }

    @Test
    void layernormBackward() {
        INDArray x = randn(16, 2, 3, 5).muli(2), gamma = randn(17, 5), beta = randn(18, 5), dout = randn(19, 2, 3, 5);
        INDArray[] g = LayerNorm.backward(x, gamma, dout, 1e-5);
        assertGradient("dx", numeric(v -> dot(LayerNorm.forward(v, gamma, beta, 1e-5), dout), x), g[0]);
        assertGradient("dgamma", numeric(v -> dot(LayerNorm.forward(x, v, beta, 1e-5), dout), gamma), g[1]);
        assertGradient("dbeta", numeric(v -> dot(LayerNorm.forward(x, gamma, v, 1e-5), dout), beta), g[2]);
    }

    @Test
    void mlpTrainStepFollowsTheGradient() {
        Map<String, INDArray> params = new LinkedHashMap<>();
        params.put("W1", randn(20, 3, 5));
        params.put("b1", randn(21, 5));
        params.put("W2", randn(22, 5, 4));
        params.put("b2", randn(23, 4));
        INDArray x = randn(24, 6, 3);
        INDArray y = Nd4j.createFromArray(new long[] {0, 1, 2, 3, 1, 0});
        double lr = 0.1;
        @SuppressWarnings("unchecked")
        Map<String, INDArray> updated = (Map<String, INDArray>) Training.mlpTrainStep(params, x, y, lr)[0];
        for (String name : params.keySet()) {
            INDArray analytic = params.get(name).sub(updated.get(name)).divi(lr);
            INDArray numeric = numeric(v -> {
                Map<String, INDArray> p = new LinkedHashMap<>(params);
                p.put(name, v);
                return (Double) Training.mlpTrainStep(p, x, y, lr)[1];
            }, params.get(name));
            assertGradient(name, numeric, analytic);
        }
    }

    @Test
    void trainLoopStepFollowsTheGradient() {
        INDArray w = randn(25, 3, 4), b = randn(26, 4), xs = randn(27, 1, 5, 3);
        INDArray ys = Nd4j.createFromArray(new long[] {0, 3, 2, 1, 1}).reshape(1, 5);
        double lr = 0.5;
        INDArray[] out = Training.clippedScheduledLoop(w, b, xs, ys, lr, 1e9, 1.0);
        INDArray x = xs.slice(0);
        INDArray y = ys.slice(0);
        assertGradient("dW", numeric(v -> Losses.crossEntropy(Linear.forward(x, v, b), y), w), w.sub(out[0]).divi(lr));
        assertGradient("db", numeric(v -> Losses.crossEntropy(Linear.forward(x, w, v), y), b), b.sub(out[1]).divi(lr));
        List.of(out).forEach(a -> assertTrue(a.dataType() == DataType.DOUBLE));
    }
}

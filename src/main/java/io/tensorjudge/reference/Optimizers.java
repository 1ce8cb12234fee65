package io.tensorjudge.reference;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** One optimizer step each, PyTorch conventions; they return new arrays instead of updating in place. */
public final class Optimizers {

    private Optimizers() {
    }

    /** v = m*v + (g + wd*p); p = p - lr*v. Returns (param, velocity). */
    public static INDArray[] sgdMomentumStep(INDArray param, INDArray grad, INDArray velocity, double lr,
            double momentum, double weightDecay) {
        INDArray v = velocity.mul(momentum).addi(grad).addi(param.mul(weightDecay));
        INDArray p = param.sub(v.mul(lr));
        return new INDArray[] {p, v};
    }

    /**
     * PyTorch SGD with nesterov=True, dampening 0: g = grad + wd*p; v = m*v + g; p = p - lr*(g + m*v).
     * Returns (param, velocity).
     */
    public static INDArray[] nesterovStep(INDArray param, INDArray grad, INDArray velocity, double lr,
            double momentum, double weightDecay) {
        INDArray g = grad.add(param.mul(weightDecay));
        INDArray v = velocity.mul(momentum).addi(g);
        INDArray p = param.sub(v.mul(momentum).addi(g).muli(lr));
        return new INDArray[] {p, v};
    }

    /** Decoupled weight decay p -= lr*wd*p, then the bias-corrected Adam update (t starts at 1). Returns (p, m, v). */
    public static INDArray[] adamwStep(INDArray param, INDArray grad, INDArray m, INDArray v, int t, double lr,
            double beta1, double beta2, double eps, double weightDecay) {
        INDArray p = param.mul(1.0 - lr * weightDecay);
        INDArray m1 = m.mul(beta1).addi(grad.mul(1.0 - beta1));
        INDArray v1 = v.mul(beta2).addi(grad.mul(grad).muli(1.0 - beta2));
        INDArray mHat = m1.div(1.0 - Math.pow(beta1, t));
        INDArray vHat = v1.div(1.0 - Math.pow(beta2, t));
        p.subi(mHat.muli(lr).divi(Transforms.sqrt(vHat, false).addi(eps)));
        return new INDArray[] {p, m1, v1};
    }

    /** Global L2 norm over all arrays; scaled by max_norm/(norm+1e-6) only if norm > max_norm. Returns (list, norm). */
    public static Object[] clipGradNorm(List<INDArray> grads, double maxNorm) {
        double norm = globalNorm(grads);
        double scale = norm > maxNorm ? maxNorm / (norm + 1e-6) : 1.0;
        List<INDArray> clipped = new ArrayList<>(grads.size());
        for (INDArray g : grads) {
            clipped.add(g.mul(scale));
        }
        return new Object[] {clipped, norm};
    }

    static double globalNorm(List<INDArray> arrays) {
        double squares = 0.0;
        for (INDArray a : arrays) {
            squares += a.mul(a).sumNumber().doubleValue();
        }
        return Math.sqrt(squares);
    }
}

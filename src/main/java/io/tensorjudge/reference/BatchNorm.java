package io.tensorjudge.reference;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Batch normalization over axis 0 of x [N, D] (PyTorch conventions). */
public final class BatchNorm {

    private BatchNorm() {
    }

    /**
     * Returns (y, running_mean, running_var). Training normalizes with the batch mean and biased variance and moves
     * the running variance toward the unbiased one; eval normalizes with the running statistics and returns them
     * unchanged (as copies).
     */
    public static INDArray[] forward(INDArray x, INDArray gamma, INDArray beta, INDArray runningMean,
            INDArray runningVar, boolean training, double momentum, double eps) {
        if (!training) {
            INDArray y = normalize(x, runningMean, runningVar, eps).muli(gamma).addi(beta);
            return new INDArray[] {y, runningMean.dup(), runningVar.dup()};
        }
        long n = x.size(0);
        INDArray mean = x.mean(0);
        INDArray var = x.var(false, 0);
        INDArray y = normalize(x, mean, var, eps).muli(gamma).addi(beta);
        INDArray unbiased = var.mul((double) n / (n - 1));
        INDArray newMean = runningMean.mul(1.0 - momentum).addi(mean.muli(momentum));
        INDArray newVar = runningVar.mul(1.0 - momentum).addi(unbiased.muli(momentum));
        return new INDArray[] {y, newMean, newVar};
    }

    /** Training-mode backward (batch statistics, biased variance): returns (dx, dgamma, dbeta). */
    public static INDArray[] backward(INDArray x, INDArray gamma, INDArray dout, double eps) {
        long n = x.size(0);
        INDArray mean = x.mean(0);
        INDArray invStd = Transforms.pow(x.var(false, 0).addi(eps), -0.5, false);
        INDArray xHat = x.sub(mean).muli(invStd);
        INDArray dbeta = dout.sum(0);
        INDArray dgamma = dout.mul(xHat).sum(0);
        INDArray dxHat = dout.mul(gamma);
        INDArray dx = dxHat.mul(n)
                .subi(dxHat.sum(0))
                .subi(xHat.mul(dxHat.mul(xHat).sum(0)))
                .muli(invStd)
                .divi(n);
        return new INDArray[] {dx, dgamma, dbeta};
    }

    private static INDArray normalize(INDArray x, INDArray mean, INDArray var, double eps) {
        return x.sub(mean).divi(Transforms.sqrt(var.add(eps), false));
    }
}

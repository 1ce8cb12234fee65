package io.tensorjudge.reference;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Layer normalization over the last axis (biased variance), for inputs of any rank; RMSNorm beside it. */
public final class LayerNorm {

    private LayerNorm() {
    }

    public static INDArray forward(INDArray x, INDArray gamma, INDArray beta, double eps) {
        return normalized(x, eps).muli(gamma).addi(beta);
    }

    /** Returns (dx, dgamma, dbeta); dgamma and dbeta sum over every axis but the last. */
    public static INDArray[] backward(INDArray x, INDArray gamma, INDArray dout, double eps) {
        int last = x.rank() - 1;
        long d = x.size(last);
        INDArray invStd = invStd(x, eps);
        INDArray xHat = x.sub(x.mean(true, last)).muli(invStd);
        INDArray dbeta = Axes.sumAllButLast(dout);
        INDArray dgamma = Axes.sumAllButLast(dout.mul(xHat));
        INDArray dxHat = dout.mul(gamma);
        INDArray dx = dxHat.mul(d)
                .subi(dxHat.sum(true, last))
                .subi(xHat.mul(dxHat.mul(xHat).sum(true, last)))
                .muli(invStd)
                .divi(d);
        return new INDArray[] {dx, dgamma, dbeta};
    }

    /** RMSNorm: gamma * x / sqrt(mean(x^2) + eps) over the last axis; no centring and no bias. */
    public static INDArray rmsNorm(INDArray x, INDArray gamma, double eps) {
        int last = x.rank() - 1;
        INDArray meanSquare = x.mul(x).mean(true, last);
        return x.mul(Transforms.pow(meanSquare.addi(eps), -0.5, false)).muli(gamma);
    }

    private static INDArray normalized(INDArray x, double eps) {
        int last = x.rank() - 1;
        return x.sub(x.mean(true, last)).muli(invStd(x, eps));
    }

    private static INDArray invStd(INDArray x, double eps) {
        int last = x.rank() - 1;
        INDArray centered = x.sub(x.mean(true, last));
        INDArray var = centered.mul(centered).mean(true, last);
        return Transforms.pow(var.addi(eps), -0.5, false);
    }
}

package io.tensorjudge.reference;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Classification and regression losses over a batch, all mean-reduced, with logits [N, C] and int targets [N]. */
public final class Losses {

    private Losses() {
    }

    public static double crossEntropy(INDArray logits, INDArray targets) {
        INDArray logp = Activations.logSoftmax(logits, 1);
        INDArray oneHot = Axes.oneHot(targets, logits.size(1));
        return -oneHot.muli(logp).sumNumber().doubleValue() / logits.size(0);
    }

    /** d(mean cross-entropy)/d logits = (softmax - onehot) / N. */
    public static INDArray crossEntropyBackward(INDArray logits, INDArray targets) {
        INDArray probs = Activations.softmax(logits, 1);
        return probs.subi(Axes.oneHot(targets, logits.size(1))).divi(logits.size(0));
    }

    /** Cross-entropy against (1 - eps) * onehot + eps / C. */
    public static double labelSmoothingCe(INDArray logits, INDArray targets, double eps) {
        long classes = logits.size(1);
        INDArray target = Axes.oneHot(targets, classes).muli(1.0 - eps).addi(eps / classes);
        return -target.muli(Activations.logSoftmax(logits, 1)).sumNumber().doubleValue() / logits.size(0);
    }

    /** Multiclass focal loss without alpha: mean of -(1 - p_t)^gamma * log p_t. */
    public static double focalLoss(INDArray logits, INDArray targets, double gamma) {
        INDArray logPt = Axes.oneHot(targets, logits.size(1)).muli(Activations.logSoftmax(logits, 1)).sum(1);
        INDArray weight = Transforms.pow(Transforms.exp(logPt, true).rsubi(1.0), gamma, false);
        return -weight.muli(logPt).meanNumber().doubleValue();
    }

    /**
     * PyTorch HuberLoss, mean. With q = min(|d|, delta): 0.5 q^2 + delta (|d| - q) is 0.5 d^2 inside the band and
     * delta (|d| - delta/2) outside, without a branch per element.
     */
    public static double huberLoss(INDArray pred, INDArray target, double delta) {
        INDArray abs = Transforms.abs(pred.sub(target), false);
        INDArray q = Transforms.min(abs, delta, true);
        INDArray loss = q.mul(q).muli(0.5).addi(abs.subi(q).muli(delta));
        return loss.meanNumber().doubleValue();
    }

    /**
     * PyTorch SmoothL1Loss(beta), mean: with q = min(|d|, beta), 0.5 q^2 / beta + (|d| - q) is 0.5 d^2 / beta inside
     * the band and |d| - beta/2 outside; beta == 0 is plain L1 (as in PyTorch), which also avoids 0/0.
     */
    public static double smoothL1Loss(INDArray pred, INDArray target, double beta) {
        INDArray abs = Transforms.abs(pred.sub(target), false);
        if (beta == 0.0) {
            return abs.meanNumber().doubleValue();
        }
        INDArray q = Transforms.min(abs, beta, true);
        INDArray loss = q.mul(q).muli(0.5 / beta).addi(abs.subi(q));
        return loss.meanNumber().doubleValue();
    }

    /**
     * Soft-target distillation: T^2 * (1/N) * sum_n KL(softmax(t_n/T) || softmax(s_n/T)), in log space so that logits
     * of any size stay finite and an underflowed teacher probability contributes exactly 0.
     */
    public static double distillation(INDArray student, INDArray teacher, double temperature) {
        INDArray logP = Activations.logSoftmax(teacher.div(temperature), 1);
        INDArray logQ = Activations.logSoftmax(student.div(temperature), 1);
        double kl = Transforms.exp(logP, true).muli(logP.sub(logQ)).sumNumber().doubleValue() / student.size(0);
        return temperature * temperature * kl;
    }

    /**
     * Mean BCE with logits against t*(1 - eps) + eps/2, as softplus(z) - z*t with
     * softplus(z) = max(z, 0) + log(1 + exp(-|z|)), which never exponentiates a large positive number.
     */
    public static double smoothedBceWithLogits(INDArray logits, INDArray targets, double eps) {
        INDArray t = targets.mul(1.0 - eps).addi(0.5 * eps);
        INDArray softplus = Transforms.log(Transforms.exp(Transforms.abs(logits, true).negi(), false).addi(1.0), false)
                .addi(Transforms.max(logits, 0.0, true));
        return softplus.subi(logits.mul(t)).meanNumber().doubleValue();
    }

    /** Fraction of rows whose target logit is not among the k largest (ties are avoided by the tests). */
    public static double topkError(INDArray logits, INDArray targets, int k) {
        INDArray targetLogit = Axes.oneHot(targets, logits.size(1)).muli(logits).sum(true, 1);
        INDArray largerCount = Axes.positive(logits.sub(targetLogit)).sum(1);
        INDArray missed = largerCount.gte((double) k).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        return missed.meanNumber().doubleValue();
    }
}

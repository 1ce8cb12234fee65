package io.tensorjudge.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Metrics of token-level language models on padded [B, T] batches. */
public final class LanguageModel {

    private LanguageModel() {
    }

    /** exp of the mean negative log-likelihood over the tokens where mask (BOOL [B, T]) is true. */
    public static double perplexity(INDArray logits, INDArray targets, INDArray mask) {
        long vocab = logits.size(2);
        INDArray logProbs = Activations.logSoftmax(logits.reshape(logits.length() / vocab, vocab), -1);
        INDArray picked = logProbs.muli(Axes.oneHot(targets, vocab)).sum(1);
        INDArray real = mask.castTo(DataType.DOUBLE).reshape(picked.length());
        double nll = -picked.muli(real).sumNumber().doubleValue();
        return Math.exp(nll / real.sumNumber().doubleValue());
    }
}

package io.tensorjudge.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The gradient of an embedding lookup, as a one-hot matrix product (no scatter, so repeats add by construction). */
public final class Embedding {

    private Embedding() {
    }

    /** indices of any shape S (integers in [0, numEmbeddings)), dout S + [D] -> dW [numEmbeddings, D]. */
    public static INDArray backward(INDArray indices, INDArray dout, int numEmbeddings) {
        long positions = indices.length();
        long d = dout.size(dout.rank() - 1);
        long[] tokens = indices.castTo(DataType.LONG).dup('c').reshape(new long[]{positions}).toLongVector();
        INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, positions, numEmbeddings);
        for (int p = 0; p < tokens.length; p++) {
            oneHot.putScalar(p, tokens[p], 1.0);
        }
        INDArray rows = dout.castTo(DataType.DOUBLE).reshape('c', positions, d);
        return oneHot.transpose().mmul(rows);   // [V, M] @ [M, D]
    }
}

package io.tensorjudge.reference;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** One LSTM step with fused weights W [D+H, 4H], gate order i, f, g, o. */
public final class LstmCell {

    private LstmCell() {
    }

    /** Returns (h_next, c_next). */
    public static INDArray[] step(INDArray x, INDArray h, INDArray c, INDArray w, INDArray b) {
        long hidden = h.size(1);
        INDArray gates = Nd4j.concat(1, x, h).mmul(w).addi(b);
        INDArray i = Transforms.sigmoid(gate(gates, 0, hidden), true);
        INDArray f = Transforms.sigmoid(gate(gates, 1, hidden), true);
        INDArray g = Transforms.tanh(gate(gates, 2, hidden), true);
        INDArray o = Transforms.sigmoid(gate(gates, 3, hidden), true);
        INDArray cNext = f.muli(c).addi(i.muli(g));
        INDArray hNext = Transforms.tanh(cNext, true).muli(o);
        return new INDArray[] {hNext, cNext};
    }

    private static INDArray gate(INDArray gates, int index, long hidden) {
        return gates.get(all(), interval(index * hidden, (index + 1) * hidden));
    }
}

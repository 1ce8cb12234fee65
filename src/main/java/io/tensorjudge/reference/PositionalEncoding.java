package io.tensorjudge.reference;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Position signals of Transformers: the fixed sinusoidal table and rotary embedding (rotate-half layout). */
public final class PositionalEncoding {

    private PositionalEncoding() {
    }

    /** [T, d]: sin in even columns, cos in odd ones, columns 2i and 2i+1 at frequency base^(-2i/d); d may be odd. */
    public static INDArray sinusoidal(INDArray positions, int dModel, double base) {
        double[] omega = new double[dModel];
        double[] even = new double[dModel];
        for (int c = 0; c < dModel; c++) {
            omega[c] = Math.pow(base, -2.0 * (c / 2) / dModel);
            even[c] = c % 2 == 0 ? 1.0 : 0.0;
        }
        INDArray angles = column(positions).mmul(Nd4j.createFromArray(omega).reshape(1, dModel));
        INDArray sinPart = Transforms.sin(angles, true).mulRowVector(Nd4j.createFromArray(even));
        INDArray cosPart = Transforms.cos(angles, true).mulRowVector(Nd4j.createFromArray(even).rsub(1.0));
        return sinPart.addi(cosPart);
    }

    /** x [..., T, d]: the pair (i, i + d/2) of row t turned by positions[t] * base^(-2i/d). */
    public static INDArray rope(INDArray x, INDArray positions, double base) {
        long[] shape = x.shape();
        long d = shape[shape.length - 1];
        long t = shape[shape.length - 2];
        long half = d / 2;
        long lead = x.length() / (t * d);
        double[] invFreq = new double[(int) half];
        for (int i = 0; i < half; i++) {
            invFreq[i] = Math.pow(base, -2.0 * i / d);
        }
        INDArray angles = column(positions).mmul(Nd4j.createFromArray(invFreq).reshape(1, half));
        INDArray cos = Nd4j.concat(1, Transforms.cos(angles, true), Transforms.cos(angles, true)).reshape(1, t * d);
        INDArray sin = Nd4j.concat(1, Transforms.sin(angles, true), Transforms.sin(angles, true)).reshape(1, t * d);
        INDArray rows = x.dup('c').reshape(lead * t, d);
        INDArray rotated = Nd4j.concat(1, rows.get(all(), interval(half, d)).neg(), rows.get(all(), interval(0, half)));
        INDArray out = rows.reshape(lead, t * d).mulRowVector(cos)
                .addi(rotated.reshape(lead, t * d).mulRowVector(sin));
        return out.reshape(shape);
    }

    private static INDArray column(INDArray positions) {
        return positions.castTo(DataType.DOUBLE).reshape(positions.length(), 1);
    }
}

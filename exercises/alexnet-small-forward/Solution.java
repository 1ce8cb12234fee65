import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray alexnetSmallForward(INDArray x, Map<String, INDArray> params) {
        INDArray h = x.castTo(DataType.DOUBLE);
        for (String stage : new String[]{"conv1", "conv2", "conv3"}) {
            h = conv3x3Same(h, params.get(stage + "_w").castTo(DataType.DOUBLE), params.get(stage + "_b").castTo(DataType.DOUBLE));
            h = Transforms.relu(h, false);
            h = maxPool2x2(h);
        }
        long n = h.size(0);
        INDArray flat = h.dup('c').reshape('c', n, h.length() / n);          // C, H, W order per sample
        INDArray fc1 = flat.mmul(params.get("fc1_w").castTo(DataType.DOUBLE)).addRowVector(params.get("fc1_b").castTo(DataType.DOUBLE));
        INDArray a1 = Transforms.relu(fc1, false);
        return a1.mmul(params.get("fc2_w").castTo(DataType.DOUBLE)).addRowVector(params.get("fc2_b").castTo(DataType.DOUBLE));
    }

    /** 3x3 cross-correlation with stride 1 and zero padding 1: one matrix product per kernel offset. */
    private static INDArray conv3x3Same(INDArray x, INDArray w, INDArray b) {
        long n = x.size(0), c = x.size(1), hh = x.size(2), ww = x.size(3), f = w.size(0);
        INDArray xp = Nd4j.zeros(DataType.DOUBLE, n, c, hh + 2, ww + 2);
        xp.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(1, hh + 1), NDArrayIndex.interval(1, ww + 1)).assign(x);
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n * hh * ww, f);
        for (int u = 0; u < 3; u++) {
            for (int v = 0; v < 3; v++) {
                // pixels seen by w[:, :, u, v], as rows (n, h, w) × columns c
                INDArray shifted = xp.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(u, u + hh), NDArrayIndex.interval(v, v + ww));
                INDArray rows = shifted.permute(0, 2, 3, 1).dup('c').reshape('c', n * hh * ww, c);
                INDArray wuv = w.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(u), NDArrayIndex.point(v)); // [F, C]
                out.addi(rows.mmul(wuv.transpose()));
            }
        }
        out.addiRowVector(b);
        return out.reshape('c', n, hh, ww, f).permute(0, 3, 1, 2).dup('c');
    }

    /** 2x2 max pooling with stride 2. */
    private static INDArray maxPool2x2(INDArray x) {
        long n = x.size(0), c = x.size(1), oh = x.size(2) / 2, ow = x.size(3) / 2;
        INDArray out = null;
        for (int u = 0; u < 2; u++) {
            for (int v = 0; v < 2; v++) {
                INDArray grid = x.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(u, 2, 2 * oh), NDArrayIndex.interval(v, 2, 2 * ow)).dup('c');
                out = out == null ? grid : Transforms.max(out, grid, false);
            }
        }
        return out;
    }
}

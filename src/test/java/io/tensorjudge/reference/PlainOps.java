package io.tensorjudge.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Straight loop implementations, written from the definitions, to test the ND4J-op based references against. */
final class PlainOps {

    private PlainOps() {
    }

    static INDArray conv2d(INDArray x, INDArray w, INDArray b, int stride, int pad) {
        int n = (int) x.size(0), c = (int) x.size(1), h = (int) x.size(2), wd = (int) x.size(3);
        int f = (int) w.size(0), kh = (int) w.size(2), kw = (int) w.size(3);
        int oh = (h + 2 * pad - kh) / stride + 1, ow = (wd + 2 * pad - kw) / stride + 1;
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n, f, oh, ow);
        for (int i = 0; i < n; i++) {
            for (int o = 0; o < f; o++) {
                for (int y = 0; y < oh; y++) {
                    for (int z = 0; z < ow; z++) {
                        double sum = b.getDouble(o);
                        for (int ch = 0; ch < c; ch++) {
                            for (int p = 0; p < kh; p++) {
                                for (int q = 0; q < kw; q++) {
                                    int yy = y * stride + p - pad, zz = z * stride + q - pad;
                                    if (yy >= 0 && yy < h && zz >= 0 && zz < wd) {
                                        sum += x.getDouble(i, ch, yy, zz) * w.getDouble(o, ch, p, q);
                                    }
                                }
                            }
                        }
                        out.putScalar(new long[] {i, o, y, z}, sum);
                    }
                }
            }
        }
        return out;
    }

    static INDArray maxPool2d(INDArray x, int k, int stride) {
        int n = (int) x.size(0), c = (int) x.size(1), h = (int) x.size(2), w = (int) x.size(3);
        int oh = (h - k) / stride + 1, ow = (w - k) / stride + 1;
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n, c, oh, ow);
        for (int i = 0; i < n; i++) {
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < oh; y++) {
                    for (int z = 0; z < ow; z++) {
                        double max = Double.NEGATIVE_INFINITY;
                        for (int p = 0; p < k; p++) {
                            for (int q = 0; q < k; q++) {
                                max = Math.max(max, x.getDouble(i, ch, y * stride + p, z * stride + q));
                            }
                        }
                        out.putScalar(new long[] {i, ch, y, z}, max);
                    }
                }
            }
        }
        return out;
    }

    static INDArray lrn(INDArray x, int size, double alpha, double beta, double k) {
        int n = (int) x.size(0), c = (int) x.size(1), h = (int) x.size(2), w = (int) x.size(3);
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n, c, h, w);
        for (int i = 0; i < n; i++) {
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < h; y++) {
                    for (int z = 0; z < w; z++) {
                        double sum = 0;
                        for (int j = Math.max(0, ch - size / 2); j <= Math.min(c - 1, ch + size / 2); j++) {
                            sum += Math.pow(x.getDouble(i, j, y, z), 2);
                        }
                        out.putScalar(new long[] {i, ch, y, z}, x.getDouble(i, ch, y, z) / Math.pow(k + alpha * sum, beta));
                    }
                }
            }
        }
        return out;
    }
}

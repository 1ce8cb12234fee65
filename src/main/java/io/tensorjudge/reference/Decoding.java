package io.tensorjudge.reference;

import java.util.Arrays;
import java.util.Comparator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Decoding steps of a language model without the model: top-k/top-p sampling with given uniform draws and beam
 * search over given log-probabilities. Ties are settled by a stable sort (smaller id, or better parent, first).
 */
public final class Decoding {

    private Decoding() {
    }

    /** logits [N, V], 1 <= k <= V, 0 < p <= 1, u [N] in [0, 1) -> [N] LONG token ids (Hugging Face filter order). */
    public static INDArray sampleTopKTopP(INDArray logits, int k, double p, INDArray u) {
        INDArray probs = Transforms.softmax(logits.castTo(DataType.DOUBLE), true);
        long n = logits.size(0);
        long[] out = new long[(int) n];
        for (int r = 0; r < n; r++) {
            double[] row = logits.getRow(r).castTo(DataType.DOUBLE).toDoubleVector();
            int[] order = descending(row);
            INDArray q = Nd4j.zeros(DataType.DOUBLE, k);
            for (int j = 0; j < k; j++) {
                q.putScalar(j, probs.getDouble(r, order[j]));
            }
            q.divi(q.sumNumber().doubleValue());
            double[] mass = q.cumsum(0).toDoubleVector();
            int m = k;
            for (int j = 0; j < k; j++) {
                if (mass[j] >= p) {
                    m = j + 1;
                    break;
                }
            }
            INDArray kept = q.get(NDArrayIndex.interval(0, m)).dup();
            double[] cdf = kept.divi(kept.sumNumber().doubleValue()).cumsum(0).toDoubleVector();
            int chosen = m - 1;
            double draw = u.getDouble(r);
            for (int j = 0; j < m; j++) {
                if (draw < cdf[j]) {
                    chosen = j;
                    break;
                }
            }
            out[r] = order[chosen];
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * logProbs [T, V, V] (score of token b at step t after token a), start token, 1 <= beamWidth <= V ->
     * {tokens [B, T] LONG, scores [B] DOUBLE}, best first; ties by parent rank, then token id.
     */
    public static INDArray[] beamSearch(INDArray logProbs, int start, int beamWidth) {
        INDArray lp = logProbs.castTo(DataType.DOUBLE);
        int steps = (int) lp.size(0);
        int vocab = (int) lp.size(2);
        INDArray scores = Nd4j.zeros(DataType.DOUBLE, 1);
        long[] last = {start};
        long[][] tokens = {new long[0]};
        for (int t = 0; t < steps; t++) {
            INDArray step = lp.get(NDArrayIndex.point(t), NDArrayIndex.all(), NDArrayIndex.all());
            INDArray cand = Nd4j.zeros(DataType.DOUBLE, last.length, vocab);
            for (int h = 0; h < last.length; h++) {
                cand.putRow(h, step.getRow(last[h]));
            }
            cand.addiColumnVector(scores.reshape(last.length, 1));
            double[] flat = cand.dup('c').reshape(new long[]{(long) last.length * vocab}).toDoubleVector();
            int[] best = Arrays.copyOf(descending(flat), Math.min(beamWidth, flat.length));
            long[][] nextTokens = new long[best.length][];
            long[] nextLast = new long[best.length];
            double[] nextScores = new double[best.length];
            for (int i = 0; i < best.length; i++) {
                long[] seq = Arrays.copyOf(tokens[best[i] / vocab], t + 1);
                seq[t] = best[i] % vocab;
                nextTokens[i] = seq;
                nextLast[i] = seq[t];
                nextScores[i] = flat[best[i]];
            }
            tokens = nextTokens;
            last = nextLast;
            scores = Nd4j.createFromArray(nextScores);
        }
        return new INDArray[]{Nd4j.createFromArray(tokens), scores};
    }

    /** Indices sorted by value, descending; a stable sort, so equal values stay in ascending index order. */
    private static int[] descending(double[] values) {
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -values[i]));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }
}

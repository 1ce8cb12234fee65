import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorjudge.reference.Activations;
import io.tensorjudge.reference.Attention;
import io.tensorjudge.reference.Convolution;
import io.tensorjudge.reference.LstmCell;
import io.tensorjudge.reference.Nd4jRuntime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times the ND4J reference against NumPy on the same shapes in one run and prints the ratios (ND4J / NumPy; < 1 means
 * ND4J is faster). Not a test: run bench/reference/run.sh [threads] (default 1, as the app uses).
 */
public class ReferenceBenchmark {

    static final int LSTM_N = 64, LSTM_D = 256, LSTM_H = 256;

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Nd4jRuntime.limitThreads(threads);
        Nd4jRuntime.BackendInfo info = Nd4jRuntime.warmUp();
        Nd4j.getRandom().setSeed(0);
        INDArray x = Nd4j.randn(DataType.DOUBLE, 1000, 1000);
        INDArray img = Nd4j.randn(DataType.DOUBLE, 8, 3, 32, 32), w = Nd4j.randn(DataType.DOUBLE, 16, 3, 3, 3),
                b = Nd4j.randn(DataType.DOUBLE, 16);
        INDArray lx = Nd4j.randn(DataType.DOUBLE, LSTM_N, LSTM_D), lh = Nd4j.randn(DataType.DOUBLE, LSTM_N, LSTM_H),
                lc = Nd4j.randn(DataType.DOUBLE, LSTM_N, LSTM_H);
        INDArray lw = Nd4j.randn(DataType.DOUBLE, LSTM_D + LSTM_H, 4 * LSTM_H).muli(0.1),
                lb = Nd4j.randn(DataType.DOUBLE, 4 * LSTM_H);
        INDArray q = Nd4j.randn(DataType.DOUBLE, 8, 128, 64), k = Nd4j.randn(DataType.DOUBLE, 8, 128, 64),
                v = Nd4j.randn(DataType.DOUBLE, 8, 128, 64);

        Map<String, Double> nd4j = new LinkedHashMap<>();
        nd4j.put("softmax", medianMs(() -> Activations.softmax(x, -1)));
        nd4j.put("conv2d", medianMs(() -> Convolution.conv2d(img, w, b, 1, 1)));
        nd4j.put("lstm-cell", medianMs(() -> LstmCell.step(lx, lh, lc, lw, lb)));
        nd4j.put("attention", medianMs(() -> Attention.attention(q, k, v, null)));

        ProcessBuilder numpyRun = new ProcessBuilder("/usr/bin/python3", "bench/reference/numpy_bench.py",
                String.valueOf(LSTM_N), String.valueOf(LSTM_D), String.valueOf(LSTM_H)).redirectErrorStream(true);
        // same BLAS thread count on both sides (NumPy's element-wise ops are single-threaded anyway)
        numpyRun.environment().put("OPENBLAS_NUM_THREADS", String.valueOf(threads));
        Process p = numpyRun.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("numpy benchmark failed: " + out);
        }
        JsonNode numpy = new ObjectMapper().readTree(out);

        System.out.printf("ND4J %s backend, BLAS %s (%d threads), float64; median of >= 20 runs; load average %s%n",
                info.backend(), info.blas(), info.blasThreads(),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        System.out.printf("%-34s %12s %12s %10s%n", "op", "ND4J ms", "NumPy ms", "ratio");
        Map<String, String> labels = Map.of(
                "softmax", "softmax [1000,1000]",
                "conv2d", "conv2d [8,3,32,32]x[16,3,3,3] p1",
                "lstm-cell", "LSTM cell N=64 D=256 H=256",
                "attention", "attention [8,128,64]");
        for (Map.Entry<String, Double> e : nd4j.entrySet()) {
            double np = numpy.get(e.getKey()).asDouble();
            System.out.printf("%-34s %12.3f %12.3f %9.2fx%n", labels.get(e.getKey()), e.getValue(), np, e.getValue() / np);
        }
    }

    static double medianMs(Runnable op) {
        for (int i = 0; i < 3; i++) {
            op.run();
        }
        List<Double> times = new ArrayList<>();
        long start = System.nanoTime();
        while (times.size() < 20 || (System.nanoTime() - start < 3_000_000_000L && times.size() < 500)) {
            long t0 = System.nanoTime();
            op.run();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}

// Sandbox latency benchmark (not a test). Run with bench/sandbox/run.sh; see docs/benchmarks.md.
//
// Measures, in one run on this machine: bare `python3 -c "import numpy"`, a softmax job through the warm Python
// pool, the same job in a cold sandbox (pool size 0), sustained throughput with two clients, and a Java (ND4J)
// softmax job through the warm JVM pool and cold.

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.tensorjudge.config.SandboxConfig;
import io.tensorjudge.sandbox.BwrapSandboxRunner;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.sandbox.Language;
import io.tensorjudge.wire.NdArray;
import io.tensorjudge.sandbox.Outcome;
import io.tensorjudge.sandbox.SandboxCase;
import io.tensorjudge.sandbox.SandboxJob;
import io.tensorjudge.sandbox.SandboxResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class SandboxBenchmark {
    static final String PY = "import numpy as np\n"
            + "def softmax(x, axis=-1):\n"
            + "    e = np.exp(x - x.max(axis=axis, keepdims=True))\n"
            + "    return e / e.sum(axis=axis, keepdims=True)\n";
    static final String JAVA = "import org.nd4j.linalg.api.ndarray.INDArray;\n"
            + "import org.nd4j.linalg.ops.transforms.Transforms;\n"
            + "public class Solution {\n"
            + "  public static INDArray softmax(INDArray x, int axis) { return Transforms.softmax(x, true); }\n"
            + "}\n";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        double[] x = new double[64 * 100];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i) * 10;
        }
        List<SandboxCase> cases = List.of(new SandboxCase("softmax",
                List.of(NdArray.ofDoubles(x, 64, 100), new IntValue(-1))));

        double[] bare = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import numpy").inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("python3 failed");
            }
            bare[i] = ms(t);
        }

        double[] warm;
        double[] cold;
        double throughput;
        try (BwrapSandboxRunner r = runner(Map.of("tensorjudge.sandbox.python.warm-workers", "2",
                "tensorjudge.sandbox.java.enabled", "false"))) {
            warm = measure(r, Language.PYTHON, PY, cases, n, 2);
            throughput = throughput(r, PY, cases, 4 * n);
        }
        try (BwrapSandboxRunner r = runner(Map.of("tensorjudge.sandbox.python.warm-workers", "0",
                "tensorjudge.sandbox.java.enabled", "false"))) {
            cold = measure(r, Language.PYTHON, PY, cases, n, 0);
        }
        double[] javaWarm;
        double[] javaCold;
        int nj = Math.max(5, n / 5);
        try (BwrapSandboxRunner r = runner(Map.of("tensorjudge.sandbox.python.warm-workers", "0",
                "tensorjudge.sandbox.java.warm-workers", "1"))) {
            javaWarm = measure(r, Language.JAVA, JAVA, cases, nj, 1);
        }
        try (BwrapSandboxRunner r = runner(Map.of("tensorjudge.sandbox.python.warm-workers", "0",
                "tensorjudge.sandbox.java.warm-workers", "0"))) {
            javaCold = measure(r, Language.JAVA, JAVA, cases, Math.max(3, nj / 2), 0);
        }

        System.out.printf("%nSandbox benchmark: softmax [64,100] float64, %d cores, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        System.out.println("| measurement | runs | p50 ms | p95 ms |");
        System.out.println("|---|---|---|---|");
        row("bare `python3 -c \"import numpy\"`", bare);
        row("Python job, warm pool", warm);
        row("Python job, cold sandbox", cold);
        row("Java (ND4J) job, warm JVM", javaWarm);
        row("Java (ND4J) job, cold JVM", javaCold);
        System.out.printf("%nratios (p50): warm/bare = %.2f, cold/bare = %.2f, warm/cold = %.2f%n",
                p(warm, 50) / p(bare, 50), p(cold, 50) / p(bare, 50), p(warm, 50) / p(cold, 50));
        System.out.printf("sustained throughput, 2 clients back to back: %.1f jobs/s%n", throughput);
        System.exit(0);
    }

    static BwrapSandboxRunner runner(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>(overrides);
        props.putIfAbsent("tensorjudge.sandbox.cache-dir", "data/sandbox");
        SandboxConfig c = new SmallRyeConfigBuilder().withMapping(SandboxConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(props, "bench", 500)).build()
                .getConfigMapping(SandboxConfig.class);
        return new BwrapSandboxRunner(c);
    }

    /** Sequential jobs; with a pool, each job starts once the pool is full again (steady-state latency). */
    static double[] measure(BwrapSandboxRunner r, Language lang, String src, List<SandboxCase> cases, int n,
            int pool) throws Exception {
        double[] out = new double[n];
        for (int i = -1; i < n; i++) { // one unrecorded round to warm up the host JVM's own code paths
            waitForPool(r, lang, pool);
            long t = System.nanoTime();
            SandboxResult res = r.run(job(r, lang, src, cases));
            if (res.outcome() != Outcome.OK) {
                throw new IllegalStateException(res.outcome() + " " + res.message() + res.stderr());
            }
            if (i >= 0) {
                out[i] = ms(t);
            }
        }
        return out;
    }

    static double throughput(BwrapSandboxRunner r, String src, List<SandboxCase> cases, int jobs) throws Exception {
        waitForPool(r, Language.PYTHON, 2);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        long t = System.nanoTime();
        List<Future<SandboxResult>> fs = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            fs.add(clients.submit(() -> r.run(job(r, Language.PYTHON, src, cases))));
        }
        for (Future<SandboxResult> f : fs) {
            if (f.get().outcome() != Outcome.OK) {
                throw new IllegalStateException(f.get().message());
            }
        }
        double secs = (System.nanoTime() - t) / 1e9;
        clients.shutdown();
        return jobs / secs;
    }

    static SandboxJob job(BwrapSandboxRunner r, Language lang, String src, List<SandboxCase> cases) {
        return new SandboxJob(lang, src, "softmax", cases, r.defaultLimits(lang).withWallTime(Duration.ofSeconds(30)));
    }

    static void waitForPool(BwrapSandboxRunner r, Language lang, int pool) throws InterruptedException {
        for (int i = 0; i < 600 && r.warmWorkersReady(lang) < pool; i++) {
            Thread.sleep(50);
        }
        if (pool > 0) {
            Thread.sleep(100); // let the refill's CPU burst settle
        }
    }

    static void row(String name, double[] v) {
        System.out.printf("| %s | %d | %.1f | %.1f |%n", name, v.length, p(v, 50), p(v, 95));
    }

    static double p(double[] v, int pct) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(pct / 100.0 * s.length) - 1)];
    }

    static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}

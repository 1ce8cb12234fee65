// Fork server benchmark (not a test). Run with bench/forkserver/run.sh (as root); results in docs/benchmarks.md.
//
// One client, a softmax job ([64,100] float64) through SandboxRunner.run, with python.fork-server off (a warm pool of
// bwrap sandboxes) and on (jobs forked from the template, pre-forked into the same warm pool, and with no pool: the
// fork on the job's path), against a bare `python3 -c "import numpy"`, all interleaved in one run so that they share
// the machine's load. Then CPU per job for each: the server JVM's own and reaped children's CPU plus the template's
// (which reaps its jobs), over jobs run back to back, each after the pool has refilled.

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.tensorjudge.common.Language;
import io.tensorjudge.config.SandboxConfig;
import io.tensorjudge.sandbox.BwrapSandboxRunner;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.NdArray;
import io.tensorjudge.sandbox.Outcome;
import io.tensorjudge.sandbox.SandboxCase;
import io.tensorjudge.sandbox.SandboxJob;
import io.tensorjudge.sandbox.SandboxResult;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ForkServerBenchmark {
    static final String PY = "import numpy as np\n"
            + "def softmax(x, axis=-1):\n"
            + "    e = np.exp(x - x.max(axis=axis, keepdims=True))\n"
            + "    return e / e.sum(axis=axis, keepdims=True)\n";
    static List<SandboxCase> cases;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        double[] x = new double[64 * 100];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i) * 10;
        }
        cases = List.of(new SandboxCase("softmax", List.of(NdArray.ofDoubles(x, 64, 100), new IntValue(-1))));
        String[] names = {"bare `python3 -c \"import numpy\"`", "fork server off (warm bwrap pool of 2)",
            "fork server on (2 pre-forked jobs)", "fork server on, no pool (fork per job)"};
        BwrapSandboxRunner[] runners = {null, runner(false, 2), runner(true, 2), runner(true, 0)};
        int[] pools = {0, 2, 2, 0};
        double[][] ms = new double[4][n];
        for (int i = -2; i < n; i++) { // two unrecorded rounds warm up the host JVM and start the templates
            for (int k = 0; k < 4; k++) {
                for (BwrapSandboxRunner r : runners) {
                    waitForPool(r, r == runners[1] || r == runners[2] ? 2 : 0);
                }
                long t = System.nanoTime();
                if (k == 0) {
                    Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import numpy").inheritIO().start();
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("python3 failed");
                    }
                } else {
                    check(runners[k].run(job(runners[k])));
                }
                if (i >= 0) {
                    ms[k][i] = (System.nanoTime() - t) / 1e6;
                }
            }
        }
        double[] cpu = new double[4];
        for (int k = 1; k < 4; k++) {
            waitForPool(runners[k], pools[k]);
            long before = cpuTicks(runners[k]);
            for (int i = 0; i < n; i++) {
                check(runners[k].run(job(runners[k])));
                waitForPool(runners[k], pools[k]);
            }
            cpu[k] = (cpuTicks(runners[k]) - before) * 10.0 / n; // 100 ticks per second
        }
        System.out.printf("%nFork server benchmark: softmax [64,100] float64, 1 client, %d cores, load %s%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Paths.get("/proc/loadavg")).strip());
        System.out.println("| measurement | runs | p50 ms | p95 ms | p50/bare | p95/bare | CPU ms/job |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int k = 0; k < 4; k++) {
            System.out.printf("| %s | %d | %.1f | %.1f | %.2f | %.2f | %s |%n", names[k], n, p(ms[k], 50), p(ms[k], 95),
                    p(ms[k], 50) / p(ms[0], 50), p(ms[k], 95) / p(ms[0], 50), k == 0 ? "" : String.format("%.1f", cpu[k]));
        }
        for (BwrapSandboxRunner r : runners) {
            if (r != null) {
                r.close();
            }
        }
        System.exit(0);
    }

    static BwrapSandboxRunner runner(boolean forkServer, int pool) {
        Map<String, String> props = new HashMap<>();
        props.put("tensorjudge.sandbox.cache-dir", "data/sandbox");
        props.put("tensorjudge.sandbox.java.enabled", "false");
        props.put("tensorjudge.sandbox.python.fork-server", Boolean.toString(forkServer));
        props.put("tensorjudge.sandbox.python.warm-workers", Integer.toString(pool));
        SandboxConfig c = new SmallRyeConfigBuilder().withMapping(SandboxConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(props, "bench", 500)).build()
                .getConfigMapping(SandboxConfig.class);
        BwrapSandboxRunner r = new BwrapSandboxRunner(c);
        if (forkServer != r.forkServerInUse()) {
            throw new IllegalStateException("the fork server is " + (forkServer ? "not available (root?)" : "on"));
        }
        return r;
    }

    static SandboxJob job(BwrapSandboxRunner r) {
        return new SandboxJob(Language.PYTHON, PY, "softmax", cases,
                r.defaultLimits(Language.PYTHON).withWallTime(Duration.ofSeconds(30)));
    }

    static void check(SandboxResult res) {
        if (res.outcome() != Outcome.OK) {
            throw new IllegalStateException(res.outcome() + " " + res.message() + res.stderr());
        }
    }

    /** CPU ticks of this JVM (with its reaped children: every bwrap chain) and of the template (with its jobs). */
    static long cpuTicks(BwrapSandboxRunner r) throws Exception {
        long ticks = ticks(ProcessHandle.current().pid());
        long template = r.forkTemplatePid();
        return template > 0 ? ticks + ticks(template) : ticks;
    }

    static long ticks(long pid) throws Exception {
        String stat = Files.readString(Paths.get("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    static void waitForPool(BwrapSandboxRunner r, int pool) throws InterruptedException {
        if (r == null) {
            return;
        }
        for (int i = 0; i < 600 && r.warmWorkersReady(Language.PYTHON) < pool; i++) {
            Thread.sleep(20);
        }
    }

    static double p(double[] v, int pct) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(pct / 100.0 * s.length) - 1)];
    }
}

package io.tensorjudge.sandbox;

import io.tensorjudge.wire.NdArray;
import io.tensorjudge.wire.Value;

import static org.junit.jupiter.api.Assertions.fail;
import io.tensorjudge.common.Language;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.tensorjudge.config.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One real sandbox runner shared by the sandbox tests (starting warm pools is the slow part). */
final class TestSandbox {
    private static BwrapSandboxRunner shared;

    private TestSandbox() {
    }

    static SandboxConfig config(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>();
        props.put("tensorjudge.sandbox.cache-dir", "data/sandbox");
        // bench/sandbox/test-as-user.sh sets it: an unprivileged user gets no cgroup, and grading would be refused
        // -D on the command line runs every sandbox test with the fork server (or without cgroups, as above)
        for (String key : List.of("tensorjudge.sandbox.allow-without-cgroup", "tensorjudge.sandbox.python.fork-server")) {
            String value = System.getProperty(key);
            if (value != null) {
                props.put(key, value);
            }
        }
        props.putAll(overrides);
        SmallRyeConfig c = new SmallRyeConfigBuilder()
                .withMapping(SandboxConfig.class)
                .withConverter(Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new PropertiesConfigSource(props, "test", 500))
                .build();
        return c.getConfigMapping(SandboxConfig.class);
    }

    /** The shared runner; skips (loudly) on a machine without bubblewrap. */
    static synchronized BwrapSandboxRunner runner() {
        assumeBwrap();
        if (shared == null) {
            shared = new BwrapSandboxRunner(config(Map.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /**
     * Skips (loudly) when bubblewrap is missing or cannot create a sandbox here; with {@code TJ_REQUIRE_SANDBOX=1}
     * (set by .ci/run) that is a failure instead, so CI never passes by skipping the sandbox tests.
     */
    static synchronized void assumeBwrap() {
        if (bwrapProblem == null) {
            bwrapProblem = probeBwrap("/usr/bin/bwrap");
        }
        if (bwrapProblem.isEmpty()) {
            return;
        }
        if ("1".equals(System.getenv("TJ_REQUIRE_SANDBOX"))) {
            fail("TJ_REQUIRE_SANDBOX=1 but the sandbox is unusable: " + bwrapProblem);
        }
        System.err.println("!!! SANDBOX TESTS SKIPPED: " + bwrapProblem);
        assumeTrue(false, bwrapProblem);
    }

    private static String bwrapProblem;

    /** "" when a bare bwrap sandbox starts, else why not. */
    static String probeBwrap(String bwrap) {
        if (!Files.isExecutable(Paths.get(bwrap))) {
            return bwrap + " is missing (apt-get install bubblewrap)";
        }
        try {
            Process p = new ProcessBuilder(bwrap, "--unshare-all", "--unshare-user", "--ro-bind", "/usr", "/usr",
                    "--ro-bind-try", "/lib", "/lib", "--ro-bind-try", "/lib64", "/lib64", "--ro-bind-try", "/bin",
                    "/bin", "--proc", "/proc", "/usr/bin/true").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "bwrap did not finish a bare sandbox within 10 s";
            }
            return p.exitValue() == 0 ? "" : "bwrap cannot create a sandbox here: " + out.strip();
        } catch (java.io.IOException e) {
            return "bwrap cannot be started: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while probing bwrap";
        }
    }

    static SandboxJob python(String source, String entry, SandboxCase... cases) {
        return new SandboxJob(Language.PYTHON, source, entry, List.of(cases),
                runner().defaultLimits(Language.PYTHON).withWallTime(Duration.ofSeconds(5)));
    }

    static SandboxJob java(String source, String entry, SandboxCase... cases) {
        return new SandboxJob(Language.JAVA, source, entry, List.of(cases),
                runner().defaultLimits(Language.JAVA).withWallTime(Duration.ofSeconds(20)));
    }

    static SandboxCase call(String name, Value... args) {
        return new SandboxCase(name, List.of(args));
    }

    static NdArray matrix(double[][] rows) {
        int n = rows.length;
        int m = rows[0].length;
        double[] flat = new double[n * m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, flat, i * m, m);
        }
        return NdArray.ofDoubles(flat, n, m);
    }
}

package io.tensorjudge.sandbox;

import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.NdArray;

import io.tensorjudge.common.Language;
import io.tensorjudge.config.SandboxConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Start-up check: can we create a sandbox at all (user namespaces allowed), and does a trivial softmax job run and
 * come back right in Python and in Java? The answer is compared here, so a broken harness cannot pass.
 */
final class SelfTest {
    static final String USERNS_HINT = "unprivileged user namespaces look blocked. On Ubuntu >= 23.10 AppArmor"
            + " restricts them: allow bwrap with an AppArmor profile (see docs/sandbox.md) or set"
            + " kernel.apparmor_restrict_unprivileged_userns=0; in Docker the default seccomp profile blocks them:"
            + " run the container with a seccomp profile that allows unshare/clone of user namespaces"
            + " (docker/seccomp-tensorjudge.json: --security-opt seccomp=docker/seccomp-tensorjudge.json)";
    private static final String PY_SOFTMAX = "import numpy as np\n"
            + "def softmax(x, axis=-1):\n"
            + "    e = np.exp(x - x.max(axis=axis, keepdims=True))\n"
            + "    return e / e.sum(axis=axis, keepdims=True)\n";
    private static final String JAVA_SOFTMAX = "import org.nd4j.linalg.api.ndarray.INDArray;\n"
            + "import org.nd4j.linalg.ops.transforms.Transforms;\n"
            + "public class Solution {\n"
            + "  public static INDArray softmax(INDArray x, int axis) { return Transforms.softmax(x, true); }\n"
            + "}\n";

    private final BwrapSandboxRunner runner;
    private final SandboxConfig config;
    private final Optional<String> cgroup;

    SelfTest(BwrapSandboxRunner runner, SandboxConfig config, Optional<String> cgroup) {
        this.runner = runner;
        this.config = config;
        this.cgroup = cgroup;
    }

    SelfTestReport run() {
        List<String> notes = new ArrayList<>();
        Optional<String> unavailable = runner.unavailableReason(Language.PYTHON);
        List<String> degraded = runner.degradedReasons();
        if (unavailable.isPresent()) {
            return new SelfTestReport(false, false, false, false, false, degraded, unavailable.get());
        }
        String probe = probeNamespaces();
        if (probe != null) {
            return new SelfTestReport(false, false, false, false, probe);
        }
        String py = trivialJob(Language.PYTHON, PY_SOFTMAX);
        boolean pythonOk = py == null;
        notes.add(pythonOk ? "python ok" : "python: " + py);
        String jv = runner.unavailableReason(Language.JAVA).orElseGet(() -> trivialJob(Language.JAVA, JAVA_SOFTMAX));
        boolean javaOk = jv == null;
        notes.add(javaOk ? "java ok" : "java: " + jv);
        notes.add(cgroup.map(c -> "limits: rlimits + " + c).orElse("limits: rlimits only (no cgroup available)"));
        notes.add(runner.seccompInUse() ? "seccomp filter on" : "NO seccomp filter");
        return new SelfTestReport(true, pythonOk, javaOk, cgroup.isPresent(), runner.seccompInUse(), degraded,
                String.join("; ", notes));
    }

    /** Runs /usr/bin/true in a bare sandbox; on failure explains the usual cause. */
    private String probeNamespaces() {
        try {
            ProcessBuilder pb = new ProcessBuilder(runner.probeCommand(List.of("/usr/bin/true")));
            pb.environment().clear();
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "bubblewrap did not answer within 10 s";
            }
            String err = new String(p.getErrorStream().readNBytes(4000), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                return "bubblewrap cannot create a sandbox: " + err + " — " + usernsDiagnosis(err);
            }
            return null;
        } catch (Exception e) {
            return "bubblewrap could not be started: " + e.getMessage();
        }
    }

    /** Names the host setting that blocks user namespaces, when we can see it. */
    static String usernsDiagnosis(String bwrapError) {
        List<String> found = new ArrayList<>();
        if ("1".equals(read("/proc/sys/kernel/apparmor_restrict_unprivileged_userns"))) {
            found.add("kernel.apparmor_restrict_unprivileged_userns=1");
        }
        if ("0".equals(read("/proc/sys/user/max_user_namespaces"))) {
            found.add("user.max_user_namespaces=0");
        }
        if ("0".equals(read("/proc/sys/kernel/unprivileged_userns_clone"))) {
            found.add("kernel.unprivileged_userns_clone=0");
        }
        return (found.isEmpty() ? "" : "found " + String.join(", ", found) + "; ") + USERNS_HINT;
    }

    private static String read(String path) {
        try {
            Path p = Paths.get(path);
            return Files.exists(p) ? Files.readString(p).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Null when a softmax job returns the right numbers; otherwise what went wrong. */
    private String trivialJob(Language language, String source) {
        double[] x = {1, 2, 3, -1, 0, 1};
        SandboxLimits limits = runner.defaultLimits(language).withWallTime(
                language == Language.JAVA ? config.java().startTime().plusSeconds(20) : Duration.ofSeconds(20));
        SandboxCase c = new SandboxCase("self-test", List.of(NdArray.ofDoubles(x, 2, 3), new IntValue(-1)));
        SandboxResult r = runner.run(new SandboxJob(language, source, "softmax", List.of(c), limits));
        if (r.outcome() != Outcome.OK) {
            String why = r.cases().isEmpty() || r.cases().get(0).error() == null ? r.message()
                    : r.cases().get(0).error();
            return r.outcome() + ": " + why + (r.stderr().isBlank() ? "" : " / stderr: " + r.stderr().strip());
        }
        if (!(r.cases().get(0).value() instanceof NdArray a) || a.size() != 6) {
            return "unexpected result " + r.cases().get(0).value();
        }
        double[] got = a.toDoubles();
        for (int row = 0; row < 2; row++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += Math.exp(x[row * 3 + j]);
            }
            for (int j = 0; j < 3; j++) {
                if (Math.abs(got[row * 3 + j] - Math.exp(x[row * 3 + j]) / sum) > 1e-9) {
                    return "softmax came back wrong";
                }
            }
        }
        return null;
    }
}

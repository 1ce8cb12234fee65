package io.tensorjudge.sandbox;

import io.tensorjudge.sandbox.jail.Jail;
import io.tensorjudge.common.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Memory, process count and CPU are limited for a job's whole process tree (its cgroup), not per process: a job
 * that forks cannot multiply them, and nothing it starts outlives it. Needs a cgroup: skipped without one (the
 * unprivileged run of bench/sandbox/test-as-user.sh), a failure as root under TJ_REQUIRE_SANDBOX=1.
 */
@Tag("sandbox")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeTreeLimitsTest {
    private static final int UID_BASE = 63000;
    private static final int UID_COUNT = 8;
    private BwrapSandboxRunner runner;

    @BeforeAll
    void start() {
        TestSandbox.assumeBwrap();
        runner = new BwrapSandboxRunner(TestSandbox.config(Map.of(
                "tensorjudge.sandbox.uid-base", Integer.toString(UID_BASE),
                "tensorjudge.sandbox.uid-count", Integer.toString(UID_COUNT),
                "tensorjudge.sandbox.python.warm-workers", "0", // nothing of this uid range runs between jobs
                "tensorjudge.sandbox.java.enabled", "false",
                "tensorjudge.sandbox.allow-without-cgroup", "true")));
        if (!runner.cgroupInUse()) {
            String why = "no cgroup here: " + runner.degradedReasons();
            if (Jail.runningAsRoot() && "1".equals(System.getenv("TJ_REQUIRE_SANDBOX"))) {
                fail("TJ_REQUIRE_SANDBOX=1 as root, but " + why);
            }
            System.err.println("!!! WHOLE-TREE LIMIT TESTS SKIPPED: " + why);
            assumeTrue(false, why); // without a cgroup these jobs would really take 10 GB and 16 cores
        }
    }

    @AfterAll
    void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    @AfterEach
    void noChildOutlivesItsJob() throws Exception {
        List<String> left = strays(runner);
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(100);
            left = strays(runner);
        }
        assertEquals(List.of(), left, "processes of finished jobs still alive");
        assertHealthy();
    }

    @Test
    void shouldEndAJobWhose24ChildrenTouch400MbEachInMemoryLimit() {
        String source = """
                import os, time, numpy as np
                def f():
                    pids = []
                    for _ in range(24):
                        pid = os.fork()
                        if pid == 0:
                            try:
                                a = np.ones(400 * 2 ** 20 // 8)  # 400 MB, every page touched
                                time.sleep(2)
                            finally:
                                os._exit(0)
                        pids.append(pid)
                    for p in pids:
                        os.waitpid(p, 0)
                    return 1.0
                """;
        SandboxResult r = runner.run(job(source, Duration.ofSeconds(20)));

        System.out.printf("24 x 400 MB: %s in %d ms, tree peak %d MiB: %s%n", r.outcome(), r.usage().wallMicros() / 1000,
                r.usage().peakMemoryBytes() >> 20, r.message());
        assertTrue(Set.of(Outcome.MEMORY_LIMIT, Outcome.RUNTIME_ERROR).contains(r.outcome()),
                r.outcome() + ": " + r.message() + r.cases() + r.stderr());
        long limit = runner.defaultLimits(Language.PYTHON).memoryBytes();
        // the tree's peak (cgroup): it reached the limit, and never more, although 24 x 400 MB were asked for
        assertTrue(r.usage().peakMemoryBytes() > limit / 2 && r.usage().peakMemoryBytes() <= limit + (8 << 20),
                "the tree's peak was " + r.usage().peakMemoryBytes() + " bytes");
    }

    @Test
    void shouldNotLetSixteenSpinningChildrenSlowAConcurrentHonestJobPastItsLimit() throws Exception {
        String spinner = """
                import os
                def f():
                    for _ in range(16):
                        if os.fork() == 0:
                            while True:
                                pass
                    while True:
                        pass
                """;
        CompletableFuture<SandboxResult> spinning = CompletableFuture.supplyAsync(
                () -> runner.run(job(spinner, Duration.ofSeconds(6))));
        Thread.sleep(1500); // the spinners are running
        String honest = """
                import numpy as np
                def f():
                    a = np.random.default_rng(0).standard_normal((300, 300))
                    for _ in range(20):
                        a = np.tanh(a @ a.T / 300)
                    return float(a.sum())
                """;
        SandboxResult r = runner.run(job(honest, Duration.ofSeconds(4)));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases() + r.stderr());
        SandboxResult s = spinning.get();
        assertEquals(Outcome.TIME_LIMIT, s.outcome(), s.message());
        // the quota holds the spinning tree to about one core: over its 6 s it used at most ~6 s of CPU, not 17 x 6
        System.out.printf("honest job: %d ms wall while 16 children spun; spinner tree CPU %d ms%n",
                r.usage().wallMicros() / 1000, s.usage().cpuMicros() / 1000);
    }

    @Test
    void shouldKillADaemonThatDetachesFromTheJob() {
        String source = """
                import os, time
                def f():
                    if os.fork() == 0:
                        os.setsid()
                        if os.fork() == 0:
                            time.sleep(120)
                        os._exit(0)
                    return 1.0
                """;
        SandboxResult r = runner.run(job(source, Duration.ofSeconds(5)));

        assertEquals(Outcome.OK, r.outcome(), r.message());
        // the @AfterEach check: no process of the job's uid is left
    }

    private SandboxJob job(String source, Duration wall) {
        return new SandboxJob(Language.PYTHON, source, "f", List.of(new SandboxCase("c1", List.of())),
                runner.defaultLimits(Language.PYTHON).withWallTime(wall).withCpuTime(cpu(wall)));
    }

    /** As much CPU time as wall time, up to the jail's (a job may only lower it). */
    private Duration cpu(Duration wall) {
        Duration jail = runner.defaultLimits(Language.PYTHON).cpuTime();
        return wall.compareTo(jail) < 0 ? wall : jail;
    }

    private void assertHealthy() {
        SandboxResult r = runner.run(new SandboxJob(Language.PYTHON, "def f():\n    return 2.0\n", "f",
                List.of(new SandboxCase("c1", List.of())), runner.defaultLimits(Language.PYTHON)));
        assertEquals(Outcome.OK, r.outcome(), "runner unhealthy: " + r.message() + r.stderr());
    }

    /**
     * As root: processes under this test's sandbox uids (with no warm pool, none may run between jobs but the fork
     * server's template, which runs no job's code).
     */
    private static List<String> strays(BwrapSandboxRunner runner) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Jail.runningAsRoot()) {
            return found;
        }
        java.util.OptionalInt template = runner.jail().templateUid();
        try (Stream<Path> procs = Files.list(Paths.get("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    for (String line : Files.readString(p.resolve("status")).split("\n")) {
                        if (line.startsWith("Uid:")) {
                            int uid = Integer.parseInt(line.split("\\s+")[1]);
                            if (uid >= UID_BASE && uid < UID_BASE + UID_COUNT
                                    && !(template.isPresent() && template.getAsInt() == uid)) {
                                found.add(p.getFileName() + " uid=" + uid + " "
                                        + Files.readString(p.resolve("cmdline")).replace('\0', ' '));
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // exited meanwhile
                }
            }
        }
        return found;
    }
}

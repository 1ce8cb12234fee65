package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Without a cgroup for the job's tree grading is refused, unless allowed; either way readiness says DEGRADED. */
class CgroupRequirementTest {

    private static Map<String, String> noCgroup(boolean allow) {
        return Map.of("tensorjudge.sandbox.cgroup", "false",
                "tensorjudge.sandbox.allow-without-cgroup", Boolean.toString(allow),
                "tensorjudge.sandbox.python.warm-workers", "0",
                "tensorjudge.sandbox.java.enabled", "false");
    }

    @Test
    void shouldRefuseGradingWithoutACgroup() {
        TestSandbox.assumeBwrap();
        try (BwrapSandboxRunner runner = new BwrapSandboxRunner(TestSandbox.config(noCgroup(false)))) {
            String why = runner.unavailableReason(Language.PYTHON).orElseThrow();
            assertTrue(why.contains("no cgroup") && why.contains("allow-without-cgroup"), why);
            SandboxResult r = runner.run(new SandboxJob(Language.PYTHON, "def f():\n    return 1.0\n", "f",
                    List.of(new SandboxCase("c", List.of())), runner.defaultLimits(Language.PYTHON)));
            assertEquals(Outcome.INTERNAL_ERROR, r.outcome());
            assertTrue(r.message().contains("no cgroup"), r.message());

            HealthCheckResponse health = new SandboxHealthCheck(runner).call();
            assertEquals(HealthCheckResponse.Status.DOWN, health.getStatus());
            assertEquals("DEGRADED", health.getData().orElseThrow().get("state"));
            assertTrue(health.getData().orElseThrow().get("degraded").toString().contains("no cgroup"));
        }
    }

    @Test
    void shouldGradeWithRlimitsOnlyButSayDegradedWhenAllowed() {
        TestSandbox.assumeBwrap();
        try (BwrapSandboxRunner runner = new BwrapSandboxRunner(TestSandbox.config(noCgroup(true)))) {
            assertFalse(runner.unavailableReason(Language.PYTHON).isPresent());
            SandboxResult r = runner.run(new SandboxJob(Language.PYTHON, "def f():\n    return 1.0\n", "f",
                    List.of(new SandboxCase("c", List.of())), runner.defaultLimits(Language.PYTHON)));
            assertEquals(Outcome.OK, r.outcome(), r.message() + r.stderr());

            HealthCheckResponse health = new SandboxHealthCheck(runner).call();
            assertEquals("DEGRADED", health.getData().orElseThrow().get("state"), health.getData().toString());
            assertTrue(health.getData().orElseThrow().get("degraded").toString().contains("no cgroup"));
        }
    }
}

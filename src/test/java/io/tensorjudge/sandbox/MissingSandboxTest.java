package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Without bubblewrap nothing runs, the reason is explicit, and readiness is DOWN (the app itself still starts). */
class MissingSandboxTest {

    @Test
    void shouldRefuseJobsAndReportDownWhenBwrapIsMissing() {
        try (BwrapSandboxRunner runner = new BwrapSandboxRunner(TestSandbox.config(
                Map.of("tensorjudge.sandbox.bwrap-path", "/nonexistent/bwrap")))) {
            SandboxResult r = runner.run(new SandboxJob(Language.PYTHON, "def f():\n    return 1.0\n", "f",
                    List.of(new SandboxCase("c", List.of())), runner.defaultLimits(Language.PYTHON)));
            assertEquals(Outcome.INTERNAL_ERROR, r.outcome());
            assertTrue(r.message().contains("/nonexistent/bwrap not found"), r.message());
            assertTrue(runner.unavailableReason(Language.JAVA).isPresent());

            HealthCheckResponse health = new SandboxHealthCheck(runner).call();
            assertEquals(HealthCheckResponse.Status.DOWN, health.getStatus());
            assertTrue(health.getData().orElseThrow().get("message").toString().contains("install bubblewrap"));
            assertFalse((Boolean) health.getData().orElseThrow().get("bwrap"));
        }
    }

    @Test
    void shouldExplainBlockedUserNamespaces() {
        String hint = SelfTest.usernsDiagnosis("bwrap: setting up uid map: Permission denied");
        assertTrue(hint.contains("AppArmor") && hint.contains("seccomp"), hint);
    }

    @Test
    void shouldNameTheProblemWhenTheTestHelperProbesAMissingOrWorkingBwrap() {
        // TestSandbox.assumeBwrap() skips on this text, or fails with it under TJ_REQUIRE_SANDBOX=1 (.ci/run)
        assertTrue(TestSandbox.probeBwrap("/nonexistent/bwrap").contains("missing"));
        if (java.nio.file.Files.isExecutable(java.nio.file.Paths.get("/usr/bin/bwrap"))) {
            assertEquals("", TestSandbox.probeBwrap("/usr/bin/bwrap"));
        }
    }
}

package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import io.tensorjudge.config.RoleConfig;
import jakarta.inject.Inject;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the sandbox: the self-test starts with the app (in the background, so a host without bubblewrap
 * still starts and serves everything but grading) and its report is shown in {@code /q/health/ready}.
 */
@Readiness
@ApplicationScoped
public class SandboxHealthCheck implements HealthCheck {
    private static final long WAIT_SECONDS = 90;

    private final SandboxRunner runner;
    /** False on a web instance (tensorjudge.role=web): it grades nothing, so its readiness does not need a sandbox. */
    private final boolean gradesHere;
    private CompletableFuture<SelfTestReport> report;

    @Inject
    public SandboxHealthCheck(SandboxRunner runner, RoleConfig role) {
        this.runner = runner;
        this.gradesHere = role.role().grades();
    }

    public SandboxHealthCheck(SandboxRunner runner) {
        this.runner = runner;
        this.gradesHere = true;
    }

    void onStart(@Observes StartupEvent event) {
        if (gradesHere) {
            selfTest();
        }
    }

    /** The self-test's report, started once and reused. */
    public synchronized CompletableFuture<SelfTestReport> selfTest() {
        if (report == null) {
            report = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    report.complete(runner.selfTest());
                } catch (RuntimeException e) {
                    report.complete(new SelfTestReport(false, false, false, false,
                            "self-test failed: " + e.getMessage()));
                }
            }, "sandbox-self-test");
            t.setDaemon(true);
            t.start();
        }
        return report;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("sandbox");
        if (!gradesHere) {
            return b.up().withData("message", "not used: this instance does not grade (tensorjudge.role=web)").build();
        }
        SelfTestReport r;
        try {
            r = selfTest().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return b.down().withData("message", "sandbox self-test still running").build();
        } catch (Exception e) {
            return b.down().withData("message", "sandbox self-test failed: " + e.getMessage()).build();
        }
        b.status(r.ok())
                .withData("bwrap", r.bwrap())
                .withData("python", r.python())
                .withData("java", r.java())
                .withData("cgroup", r.cgroup())
                .withData("seccomp", r.seccomp())
                .withData("message", r.message());
        if (!r.degraded().isEmpty()) {
            // UP when the configuration allows grading without these protections, DOWN when it is refused
            b.withData("state", "DEGRADED").withData("degraded", String.join("; ", r.degraded()));
        }
        if (runner instanceof BwrapSandboxRunner bwrap) {
            // Warm workers ready / pool size: the benchmark waits for full pools before it measures.
            b.withData("pythonWarm", bwrap.warmWorkersReady(Language.PYTHON) + "/" + bwrap.warmPoolSize(Language.PYTHON))
                    .withData("javaWarm", bwrap.warmWorkersReady(Language.JAVA) + "/" + bwrap.warmPoolSize(Language.JAVA))
                    // which runner starts each language's jobs: fork-server (root) or bwrap (one per job)
                    .withData("pythonRunner", bwrap.runnerFor(Language.PYTHON))
                    .withData("javaRunner", bwrap.runnerFor(Language.JAVA));
        }
        return b.build();
    }
}

package io.tensorjudge.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** /q/health/ready: the app can grade only once the ND4J backend is loaded; reports which backend and BLAS. */
@Readiness
@ApplicationScoped
public class ReferenceReadinessCheck implements HealthCheck {

    private final ReferenceWarmup warmup;

    public ReferenceReadinessCheck(ReferenceWarmup warmup) {
        this.warmup = warmup;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("nd4j-reference")
                .withData("state", warmup.state().name());
        Nd4jRuntime.BackendInfo info = warmup.info();
        if (info != null) {
            response.withData("backend", info.backend())
                    .withData("blas", info.blas())
                    .withData("blasThreads", info.blasThreads())
                    .withData("dtype", "float64");
        }
        if (warmup.failure() != null) {
            response.withData("error", warmup.failure());
        }
        return response.status(warmup.state() == ReferenceWarmup.State.READY).build();
    }
}

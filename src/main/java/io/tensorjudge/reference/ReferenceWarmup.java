package io.tensorjudge.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads ND4J once at start-up on a background thread, so the first grading request does not pay the 0.3-3 s native
 * start, and remembers the outcome for the readiness check.
 */
@ApplicationScoped
public class ReferenceWarmup {

    private static final Logger LOG = Logger.getLogger(ReferenceWarmup.class);

    /** STARTING until the warm-up thread finishes, then READY or FAILED. */
    public enum State { STARTING, READY, FAILED }

    private final Path dataDir;
    private final int threads;
    private volatile State state = State.STARTING;
    private volatile Nd4jRuntime.BackendInfo info;
    private volatile String failure;

    public ReferenceWarmup(@ConfigProperty(name = "tensorjudge.data-dir", defaultValue = "data") Path dataDir,
            @ConfigProperty(name = "tensorjudge.reference.threads", defaultValue = "1") int threads) {
        this.dataDir = dataDir;
        this.threads = threads;
    }

    void onStart(@Observes StartupEvent event) {
        Nd4jRuntime.useDataDir(dataDir);
        Thread thread = new Thread(this::warmUp, "nd4j-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    void warmUp() {
        long start = System.nanoTime();
        try {
            Nd4jRuntime.limitThreads(threads);
            info = Nd4jRuntime.warmUp();
            state = State.READY;
            LOG.infof("ND4J reference ready in %d ms: backend %s, BLAS %s (%d threads), float64",
                    (System.nanoTime() - start) / 1_000_000, info.backend(), info.blas(), info.blasThreads());
        } catch (RuntimeException | LinkageError e) {
            failure = e.toString();
            state = State.FAILED;
            LOG.error("ND4J reference failed to start; grading will not work", e);
        }
    }

    public State state() {
        return state;
    }

    public Nd4jRuntime.BackendInfo info() {
        return info;
    }

    public String failure() {
        return failure;
    }
}

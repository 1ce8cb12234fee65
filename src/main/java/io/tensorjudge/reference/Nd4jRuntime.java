package io.tensorjudge.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One place that configures ND4J for the reference: float64 defaults, and a tiny warm-up computation that pays the
 * native loading cost (0.3-3 s) once, off the request path.
 */
public final class Nd4jRuntime {

    /** What the running backend reports, for logs and the readiness check. */
    public record BackendInfo(String backend, String blas, int blasThreads, String executioner) {
    }

    private static volatile boolean configured;

    private Nd4jRuntime() {
    }

    /** JavaCPP unpacks ~400 MB of natives here on first use; it must be writable and should persist. */
    public static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

    /**
     * Points JavaCPP's cache at {@code dataDir}/javacpp unless the property is already set (tests set it in the pom).
     * Must run before the first ND4J call.
     */
    public static void useDataDir(Path dataDir) {
        if (System.getProperty(CACHE_DIR_PROPERTY) == null) {
            Path cache = dataDir.resolve("javacpp").toAbsolutePath();
            try {
                Files.createDirectories(cache);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the JavaCPP cache " + cache, e);
            }
            System.setProperty(CACHE_DIR_PROPERTY, cache.toString());
        }
    }

    /**
     * Idempotent: sets float64 as ND4J's default floating type (loading the native backend on first call) and the
     * thread cap (system property tensorjudge.reference.threads, default 1; the app overrides it from its config).
     */
    public static synchronized void configure() {
        if (!configured) {
            useDataDir(Path.of("data"));
            Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
            configured = true;
            limitThreads(Integer.getInteger("tensorjudge.reference.threads", 1));
        }
    }

    /**
     * Caps ND4J's own thread pool and OpenBLAS at {@code threads}. Grading runs many small calls side by side, and
     * on a small machine OpenBLAS threads that spin after each call starve ND4J's threads: on 2 busy cores one thread
     * made conv2d ~10x and attention ~15x faster than the default (docs/benchmarks.md).
     */
    public static synchronized void limitThreads(int threads) {
        configure();
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** Configures ND4J and runs one small matmul, conv and softmax so their native kernels are loaded. */
    public static BackendInfo warmUp() {
        configure();
        var x = Nd4j.linspace(DataType.DOUBLE, 1, 2 * 3 * 8 * 8, 1).reshape(2, 3, 8, 8);
        var w = Nd4j.ones(DataType.DOUBLE, 4, 3, 3, 3);
        Convolution.conv2d(x, w, Nd4j.zeros(DataType.DOUBLE, 4), 1, 1);
        Activations.softmax(x.reshape(6, 64).mmul(Nd4j.ones(DataType.DOUBLE, 64, 5)), -1);
        return info();
    }

    public static BackendInfo info() {
        Map<Object, Object> env = Nd4j.getExecutioner().getEnvironmentInformation();
        Object threads = env.get("blas.threads");
        return new BackendInfo(
                String.valueOf(env.getOrDefault("backend", Nd4j.getBackend().getClass().getSimpleName())),
                String.valueOf(env.getOrDefault("blas.vendor", "unknown")),
                threads instanceof Number n ? n.intValue() : -1,
                Nd4j.getExecutioner().getClass().getSimpleName());
    }
}

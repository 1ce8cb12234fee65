package io.tensorjudge.mutation;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.tensorjudge.config.SandboxConfig;
import io.tensorjudge.grading.Grader;
import io.tensorjudge.grading.ReferenceCases;
import io.tensorjudge.sandbox.BwrapSandboxRunner;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The analysis outside the server (bench/mutation, the CI test): the same Grader and the same bubblewrap sandbox as
 * the app, with the app's default limits, a Python-only warm pool and no Java pool (mutants are Python).
 */
public final class StandaloneMutationAnalysis implements AutoCloseable {

    private final BwrapSandboxRunner sandbox;
    private final MutationAnalysis analysis;

    private StandaloneMutationAnalysis(BwrapSandboxRunner sandbox) {
        this.sandbox = sandbox;
        this.analysis = new MutationAnalysis(new Grader(sandbox, new ReferenceCases()));
    }

    /** @param sandboxProperties extra {@code tensorjudge.sandbox.*} settings, e.g. the cache dir */
    public static StandaloneMutationAnalysis start(int pythonWarmWorkers, Map<String, String> sandboxProperties) {
        Map<String, String> props = new HashMap<>();
        props.put("tensorjudge.sandbox.java.enabled", "false");
        props.put("tensorjudge.sandbox.python.warm-workers", Integer.toString(pythonWarmWorkers));
        props.putAll(sandboxProperties);
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SandboxConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(props, "mutation-analysis", 500))
                .build();
        return new StandaloneMutationAnalysis(new BwrapSandboxRunner(config.getConfigMapping(SandboxConfig.class)));
    }

    public MutationAnalysis analysis() {
        return analysis;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}

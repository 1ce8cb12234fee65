package io.tensorjudge.sandbox.jail;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.tensorjudge.common.Language;
import io.tensorjudge.config.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The argv of a jail, without starting one. */
class BwrapCommandTest {

    private static SandboxConfig config() {
        return new SmallRyeConfigBuilder().withMapping(SandboxConfig.class)
                .withConverter(Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new PropertiesConfigSource(Map.of(), "test", 500))
                .build().getConfigMapping(SandboxConfig.class);
    }

    @Test
    void shouldProbeWithTheJobsNamespacesAndMountsWhenTheSelfTestChecksBwrap(@TempDir Path dir) throws Exception {
        BwrapCommand command = new BwrapCommand(config(), dir.resolve("python"), dir.resolve("java"), Optional.empty());
        OptionalInt uid = OptionalInt.of(64000);

        List<String> probe = command.probe(uid, List.of("/usr/bin/true"));
        List<String> job = command.build(Language.PYTHON, new JailLimits(512L << 20, 64, 16L << 20, 64, 20), uid,
                List.of("/usr/bin/python3", "harness.py"));

        // the probe is the job's jail (uid switch, namespaces, mounts) without rlimits and harness
        assertThat(job).containsSubsequence(probe.subList(0, probe.size() - 1));
        assertThat(probe).contains("--reuid=64000", "--unshare-all", "--disable-userns", "--cap-drop")
                .doesNotContain("--as=" + (512L << 20)).endsWith("/usr/bin/true");
    }

    @Test
    void shouldSetEveryRlimitWhenItBuildsAJobsJail(@TempDir Path dir) throws Exception {
        BwrapCommand command = new BwrapCommand(config(), dir.resolve("python"), dir.resolve("java"), Optional.empty());

        List<String> job = command.build(Language.PYTHON, new JailLimits(512L << 20, 64, 16L << 20, 32, 20),
                OptionalInt.empty(), List.of("/usr/bin/python3", "harness.py"));

        assertThat(job).containsSubsequence("--as=" + (512L << 20), "--nproc=64", "--fsize=" + (16L << 20),
                "--nofile=32", "--cpu=20:21", "--core=0", "--", "/usr/bin/python3", "harness.py")
                .doesNotContain("--reuid=64000");
    }
}

package io.tensorjudge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeySourceTest {

    @TempDir
    Path dataDir;

    /** One start: the config that Quarkus would build, with these properties and the factory. */
    private static SmallRyeConfig start(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 250))
                .withSources(new SessionKeySource()).build();
    }

    private SmallRyeConfig startWithDataDir() {
        return start(Map.of("tensorjudge.data-dir", dataDir.toString()));
    }

    @Test
    void shouldGenerateTheKeyOnceAndReuseItAtTheNextStart() throws Exception {
        String first = startWithDataDir().getValue(SessionKeySource.KEY, String.class);
        Path file = dataDir.resolve(SessionKeySource.FILE_NAME);
        assertThat(file).exists();
        assertThat(first.getBytes(StandardCharsets.US_ASCII)).hasSizeGreaterThanOrEqualTo(SessionKeySource.MIN_BYTES);
        // 32 random bytes in base64url: 43 characters
        assertThat(first).matches("[A-Za-z0-9_-]{43}");

        String second = startWithDataDir().getValue(SessionKeySource.KEY, String.class);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(file).trim()).isEqualTo(first);
    }

    @Test
    void shouldMakeADifferentKeyForAnotherDataDirectory(@TempDir Path other) {
        String here = startWithDataDir().getValue(SessionKeySource.KEY, String.class);
        String there = start(Map.of("tensorjudge.data-dir", other.toString()))
                .getValue(SessionKeySource.KEY, String.class);
        assertThat(there).isNotEqualTo(here);
    }

    @Test
    void shouldWriteTheKeyFileForTheOwnerOnly() throws Exception {
        startWithDataDir().getValue(SessionKeySource.KEY, String.class);
        Path file = dataDir.resolve(SessionKeySource.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void shouldTightenAKeyFileThatOthersCanRead() throws Exception {
        Path file = dataDir.resolve(SessionKeySource.FILE_NAME);
        Files.writeString(file, "k".repeat(40) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(startWithDataDir().getValue(SessionKeySource.KEY, String.class)).isEqualTo("k".repeat(40));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void shouldUseAConfiguredKeyAndWriteNoFile() {
        String configured = "c".repeat(SessionKeySource.MIN_BYTES);
        SmallRyeConfig config = start(Map.of("tensorjudge.data-dir", dataDir.toString(), SessionKeySource.KEY,
                configured));
        assertThat(config.getValue(SessionKeySource.KEY, String.class)).isEqualTo(configured);
        assertThat(dataDir.resolve(SessionKeySource.FILE_NAME)).doesNotExist();
    }

    @Test
    void shouldRefuseAConfiguredKeyShorterThan32Bytes() {
        // 31 bytes: Quarkus itself would take anything from 16 characters
        String shortKey = "s".repeat(SessionKeySource.MIN_BYTES - 1);
        assertThatThrownBy(() -> start(Map.of(SessionKeySource.KEY, shortKey)))
                .hasStackTraceContaining("TensorJudge cannot start: " + SessionKeySource.KEY + " has 31 bytes, at least 32")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(shortKey));
    }

    @Test
    void shouldRefuseThePlaceholderOfTheKubernetesExample() {
        assertThatThrownBy(() -> start(Map.of(SessionKeySource.KEY, "replace-me-with-32-random-bytes-base64")))
                .hasStackTraceContaining("still the placeholder");
    }

    @Test
    void shouldRefuseAKeyFileThatIsTooShort() throws Exception {
        Files.writeString(dataDir.resolve(SessionKeySource.FILE_NAME), "short\n");
        assertThatThrownBy(() -> startWithDataDir().getValue(SessionKeySource.KEY, String.class))
                .hasStackTraceContaining("has 5 bytes, at least 32");
    }

    @Test
    void shouldNotMakeTheFileUntilTheKeyIsAskedFor() {
        SmallRyeConfig config = startWithDataDir();
        config.getPropertyNames().forEach(name -> config.getOptionalValue(name, String.class));
        assertThat(dataDir.resolve(SessionKeySource.FILE_NAME)).doesNotExist();
    }

    @Test
    void shouldNameAShortKeyFromTheEnvironmentBeforeQuarkusStarts() {
        assertThat(SessionKeySource.problem(null, Map.of("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "0123456789abcdef")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY has 16 bytes"));
        assertThat(SessionKeySource.problem("x".repeat(20), Map.of())).hasValueSatisfying(p -> assertThat(p)
                .startsWith(SessionKeySource.KEY + " has 20 bytes"));
        assertThat(SessionKeySource.problem(null, Map.of("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "k".repeat(44))))
                .isEmpty();
        assertThat(SessionKeySource.problem(null, Map.of())).isEmpty();
    }
}

package io.tensorjudge.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts staff session cookies ({@value #KEY}), so that a restart does not log everyone out (Quarkus
 * would otherwise make a random one at each start). A configured key must have at least {@value #MIN_BYTES} bytes,
 * else start-up is refused; when none is configured, one is generated once into {@code <data-dir>/session.key}
 * (owner-only) and read from there at every later start. Registered through ServiceLoader
 * (META-INF/services/io.smallrye.config.ConfigSourceFactory); see docs/security.md.
 */
public final class SessionKeySource implements ConfigSourceFactory {

    public static final String KEY = "quarkus.http.auth.session.encryption-key";
    public static final String FILE_NAME = "session.key";
    public static final int MIN_BYTES = 32;
    /** Below every other source: anything configured anywhere wins over the generated file. */
    static final int ORDINAL = 50;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String configured = value(context, KEY);
        if (configured != null) {
            refuseIfWeak(configured, KEY);
            return List.of();
        }
        String dataDir = value(context, "tensorjudge.data-dir");
        return List.of(new GeneratedKey(Path.of(dataDir == null ? "data" : dataDir).resolve(FILE_NAME)));
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    /** Refuses a key too short to be 256 random bits, or the placeholder of docker/k8s/config.yaml. */
    static void refuseIfWeak(String key, String where) {
        weakness(key, where).ifPresent(problem -> {
            throw new IllegalStateException("TensorJudge cannot start: " + problem);
        });
    }

    /** Why {@code key} (configured at {@code where}) cannot be used, or empty. */
    static Optional<String> weakness(String key, String where) {
        int bytes = key.trim().getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            return Optional.of(where + " has " + bytes + " bytes, at least " + MIN_BYTES
                    + " are needed (e.g. `head -c 32 /dev/urandom | base64`); or unset " + KEY
                    + " to have one generated into <data-dir>/" + FILE_NAME);
        }
        if (key.contains("replace-me")) {
            return Optional.of(where + " is still the placeholder; set it to random bytes "
                    + "(e.g. `head -c 32 /dev/urandom | base64`)");
        }
        return Optional.empty();
    }

    /**
     * The check of a key set as a system property or in the environment, for {@code TensorJudgeMain} to print as one
     * line before Quarkus starts (a key from a file is checked when Quarkus builds its config, with a stack trace).
     */
    public static Optional<String> problem(String systemProperty, Map<String, String> env) {
        String envName = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";
        if (systemProperty != null && !systemProperty.isBlank()) {
            return weakness(systemProperty, KEY);
        }
        String fromEnv = env.get(envName);
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : weakness(fromEnv, envName);
    }

    /** Reads the key file, or makes it (32 random bytes, base64url) when it does not exist yet. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY); // a copy or restore may have widened them
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
            refuseIfWeak(key, file.toString());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("TensorJudge cannot start: cannot read or create the session key "
                    + file.toAbsolutePath() + " (" + e + "); set " + KEY + " instead", e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] random = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(random);
        // Written to an owner-only temporary file first: the key is never readable by others, never half-written.
        Path tmp = posix() ? Files.createTempFile(dir, ".session", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".session", ".tmp");
        try {
            Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n",
                    StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, tmp); // atomic, and never replaces a key another start made first
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileAlreadyExistsException e) {
            // another start made it first: use that one
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Answers only {@value #KEY}, reading (or making) the file the first time it is asked, not when it is built. */
    static final class GeneratedKey implements ConfigSource {

        private final Path file;
        private volatile String key;

        GeneratedKey(Path file) {
            this.file = file;
        }

        @Override
        public String getValue(String propertyName) {
            if (!KEY.equals(propertyName)) {
                return null;
            }
            if (key == null) {
                synchronized (this) {
                    if (key == null) {
                        key = readOrCreate(file);
                    }
                }
            }
            return key;
        }

        /** Empty on purpose: whatever lists every property (a config dump, the build) must not make the file. */
        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of();
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }

        @Override
        public String getName() {
            return "TensorJudge session key file " + file;
        }
    }
}

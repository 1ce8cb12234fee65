package io.tensorjudge.operations;

import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the embedded H2 database: {@code SCRIPT TO} writes one consistent, zipped SQL script of every
 * table (Flyway's history included) while the app keeps serving. PostgreSQL is backed up with its own tools
 * (pg_dump), which this class does not wrap: see docs/operations.md, "Backup and restore".
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("tensorjudge-\\d{8}-\\d{6}-\\d{3}\\.zip");

    private final DataSource database;
    private final Path directory;
    private final Clock clock = Clock.systemUTC();

    DatabaseBackup(DataSource database, @ConfigProperty(name = "tensorjudge.data-dir", defaultValue = "data")
            Path dataDir) {
        this.database = database;
        this.directory = dataDir.resolve("backups");
    }

    /** Writes a new backup; on PostgreSQL refuses, naming the tool to use. */
    public synchronized BackupFile create() {
        try (Connection connection = database.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
                throw new Conflict("This server runs on " + connection.getMetaData().getDatabaseProductName()
                        + ": back it up with pg_dump (docs/operations.md, \"Backup and restore\").");
            }
            Path file = directory.resolve("tensorjudge-" + STAMP.format(clock.instant()) + ".zip");
            createOwnerOnlyDirectory();
            try (Statement statement = connection.createStatement()) {
                // H2 takes the path as a literal; the name is ours (timestamp), the directory from config.
                statement.execute("SCRIPT TO '" + file.toAbsolutePath().toString().replace("'", "''")
                        + "' COMPRESSION ZIP");
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return describe(file);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        }
    }

    /** Backups present, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).map(this::describe)
                    .sorted(Comparator.comparing(BackupFile::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of one backup; only names this class makes are accepted, so no path can leave the directory. */
    public Path file(String name) {
        Path file = directory.resolve(name);
        if (!NAME.matcher(name).matches() || !Files.isRegularFile(file)) {
            throw NotFound.of("backup", name);
        }
        return file;
    }

    private void createOwnerOnlyDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

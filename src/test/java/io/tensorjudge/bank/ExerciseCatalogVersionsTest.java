package io.tensorjudge.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Authored versions live in the database and overlay the bank: newest served, older ones resolvable, a version
 * published through one instance served by another from its next read on, restarts keep them, broken ones skipped,
 * and an older release's data/authored folder imported once. Each catalog here has its own connection pool and
 * cache, as two instances on one database do (the schema is the app's Flyway migrations): in-memory H2, or a fresh
 * database of the PostgreSQL cluster named by TENSORJUDGE_DB_URL (the PostgreSQL pass of ./tensorjudge test).
 */
class ExerciseCatalogVersionsTest {

    private static final Path BANK = Path.of("exercises");
    private static final String ID = "step-lr";

    /** The PostgreSQL pass of ./tensorjudge test sets it: each test then gets a fresh database of that cluster. */
    private static final String POSTGRES = System.getenv("TENSORJUDGE_DB_URL");
    private static final String USER = POSTGRES == null ? "sa" : System.getenv("TENSORJUDGE_DB_USER");
    private static final String PASSWORD = POSTGRES == null ? "" : System.getenv("TENSORJUDGE_DB_PASSWORD");

    private String url;
    private String postgresDatabase;

    @BeforeEach
    void migrate() throws SQLException {
        if (POSTGRES == null) {
            url = "jdbc:h2:mem:catalog-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        } else {
            postgresDatabase = "tj_catalog_" + System.nanoTime();
            admin("create database " + postgresDatabase);
            url = POSTGRES.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + postgresDatabase);
        }
        Flyway.configure().dataSource(url, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void drop() throws SQLException {
        if (postgresDatabase != null) {
            admin("drop database if exists " + postgresDatabase + " with (force)");
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A fresh pool on the same database: what another instance has. */
    private AuthoredExercises instance() {
        if (POSTGRES != null) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            source.setUser(USER);
            source.setPassword(PASSWORD);
            return new AuthoredExercises(source);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        return new AuthoredExercises(source);
    }

    private static Map<String, String> edited(String marker) {
        Map<String, String> files = new TreeMap<>(ExerciseFiles.read(BANK.resolve(ID)));
        files.put("statement.en.md", files.get("statement.en.md") + "\n" + marker + "\n");
        return files;
    }

    @Test
    void publishingServesTheNewVersionAndKeepsTheOldOnesAcrossARestart() {
        ExerciseCatalog catalog = new ExerciseCatalog(BANK, instance());
        ExerciseCatalog.Entry bank = catalog.find(ID).orElseThrow();
        assertThat(bank.authored()).isFalse();

        ExerciseCatalog.Entry first = catalog.publish(ID, edited("first edit"));
        ExerciseCatalog.Entry second = catalog.publish(ID, edited("second edit"));

        assertThat(first.version()).isNotEqualTo(bank.version()).isNotEqualTo(second.version());
        assertThat(catalog.find(ID)).contains(second);
        assertThat(second.authored()).isTrue();
        assertThat(second.read("statement.en.md")).contains("second edit");
        assertThat(catalog.find(ID, bank.version())).contains(bank);
        assertThat(catalog.find(ID, first.version()).orElseThrow().read("statement.en.md")).contains("first edit");
        assertThat(catalog.versions(ID)).extracting(ExerciseCatalog.Entry::version)
                .containsExactly(bank.version(), first.version(), second.version());
        // The same files again publish nothing.
        assertThat(catalog.publish(ID, edited("second edit"))).isEqualTo(second);
        assertThat(catalog.versions(ID)).hasSize(3);

        ExerciseCatalog restarted = new ExerciseCatalog(BANK, instance());
        assertThat(restarted.find(ID).orElseThrow().version()).isEqualTo(second.version());
        assertThat(restarted.versions(ID)).extracting(ExerciseCatalog.Entry::version)
                .containsExactly(bank.version(), first.version(), second.version());
        assertThat(restarted.list()).hasSameSizeAs(catalog.list());
    }

    @Test
    void aVersionPublishedOnOneInstanceIsWhatTheOtherServesAndGradesFromItsNextRead() {
        ExerciseCatalog one = new ExerciseCatalog(BANK, instance());
        ExerciseCatalog other = new ExerciseCatalog(BANK, instance());
        String bankVersion = other.find(ID).orElseThrow().version();
        // A new hidden case: the other instance must grade with it, not with the cases it loaded at start.
        Map<String, String> files = edited("published on one");
        files.put("exercise.yaml", files.get("exercise.yaml") + "  - name: published-elsewhere\n    visible: false\n"
                + "    seed: 7\n    args: {step: 7, base_lr: 0.5, step_size: 3, gamma: 0.5}\n");

        ExerciseCatalog.Entry published = one.publish(ID, files);

        ExerciseCatalog.Entry served = other.find(ID).orElseThrow();
        assertThat(served.version()).isEqualTo(published.version()).isNotEqualTo(bankVersion);
        assertThat(served.read("statement.en.md")).contains("published on one");
        assertThat(served.exercise().cases()).extracting(Exercise.TestCase::name).contains("published-elsewhere");
        // A submission made on the first instance names that version; the grader of the other resolves it.
        assertThat(other.find(ID, published.version())).isPresent();
        assertThat(other.find(ID, bankVersion)).isPresent();
        assertThat(other.versions(ID)).hasSize(2);
        // The other way round too, and neither sees a version twice.
        ExerciseCatalog.Entry back = other.publish(ID, edited("published on the other"));
        assertThat(one.find(ID).orElseThrow().version()).isEqualTo(back.version());
        assertThat(one.versions(ID)).extracting(ExerciseCatalog.Entry::version)
                .containsExactly(bankVersion, published.version(), back.version());
    }

    @Test
    void aBrokenStoredVersionIsSkippedAndTheNextPublicationGoesOn() throws SQLException {
        ExerciseCatalog catalog = new ExerciseCatalog(BANK, instance());
        ExerciseCatalog.Entry good = catalog.publish(ID, edited("good edit"));
        // A later row damaged in the database (e.g. edited by hand): every instance must go on with the good one.
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("insert into authored_exercise_version (exercise_id, sequence_no, version, files, published_at) "
                    + "values ('step-lr', 2, '0123456789abcdef', '{\"exercise.yaml\": \"id: step-lr\\ntitle: [\\n\"}', "
                    + "current_timestamp)");
        }

        ExerciseCatalog restarted = new ExerciseCatalog(BANK, instance());

        assertThat(restarted.find(ID).orElseThrow().version()).isEqualTo(good.version());
        assertThat(catalog.find(ID).orElseThrow().version()).isEqualTo(good.version());
        assertThat(restarted.find(ID, "0123456789abcdef")).isEmpty();
        ExerciseCatalog.Entry next = restarted.publish(ID, edited("after the damage"));
        assertThat(next.exercise().folder().getFileName().toString()).startsWith("0003-");
        assertThat(catalog.find(ID)).get().extracting(ExerciseCatalog.Entry::version).isEqualTo(next.version());
    }

    @Test
    void anOlderReleasesAuthoredFolderIsImportedOnceThenIgnored(@TempDir Path authored) throws IOException {
        Map<String, String> first = edited("on disk, first");
        Map<String, String> second = edited("on disk, second");
        ExerciseFiles.write(authored.resolve(ID).resolve("0001-" + ExerciseFiles.contentHash(first)), first);
        ExerciseFiles.write(authored.resolve(ID).resolve("0002-" + ExerciseFiles.contentHash(second)), second);
        ExerciseCatalog catalog = new ExerciseCatalog(BANK, instance());

        catalog.importFolder(authored);

        assertThat(catalog.find(ID).orElseThrow().version()).isEqualTo(ExerciseFiles.contentHash(second));
        assertThat(catalog.versions(ID)).hasSize(3);
        assertThat(authored.resolve(AuthoredFolderImport.MARKER)).exists();
        ExerciseCatalog other = new ExerciseCatalog(BANK, instance());
        assertThat(other.find(ID).orElseThrow().read("statement.en.md")).contains("on disk, second");
        // Marked: the next start does not read the folder again.
        Files.writeString(authored.resolve(ID).resolve("0002-" + ExerciseFiles.contentHash(second))
                .resolve("statement.en.md"), "changed by hand");
        other.importFolder(authored);
        assertThat(other.versions(ID)).hasSize(3);
        // Interrupted before the marker was written: importing again adds no version twice.
        Files.delete(authored.resolve(AuthoredFolderImport.MARKER));
        Files.delete(authored.resolve(ID).resolve("0002-" + ExerciseFiles.contentHash(second))
                .resolve("statement.en.md"));
        ExerciseFiles.write(authored.resolve(ID).resolve("0002-" + ExerciseFiles.contentHash(second)), second);
        other.importFolder(authored);
        assertThat(new ExerciseCatalog(BANK, instance()).versions(ID)).hasSize(3);
    }
}

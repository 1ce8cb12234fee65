package io.tensorjudge.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.AuthoredExercises;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseFiles;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A backup restored into an empty database holds every row of every table: submissions, attempts, authored
 * versions, accounts. On H2 through the app's online backup and H2's RUNSCRIPT; on PostgreSQL (the CI pass with
 * TENSORJUDGE_DB_URL) through pg_dump and pg_restore, as docs/operations.md tells operators to do.
 */
@QuarkusTest
class BackupRestoreTest {

    private static final String SOLUTION = """
            import numpy as np

            def softmax(x, axis=-1):
                z = x - np.max(x, axis=axis, keepdims=True)
                e = np.exp(z)
                return e / np.sum(e, axis=axis, keepdims=True)
            """;

    @Inject DataSource database;

    @Inject ExerciseCatalog catalog;

    @Inject QuestionService questions;

    /** The newest version of {@link #AUTHORED} that a catalog on the restored database serves. */
    private String restoredVersion;

    private static final String AUTHORED = "step-lr";

    @TempDir Path scratch;

    @Test
    void shouldRestoreEveryRowIntoAnEmptyDatabase() throws Exception {
        makeSomethingOfEveryKind();
        String published = publishAuthoredVersions();
        String admin = StaffSessions.admin();
        Map<String, List<String>> live;
        Map<String, List<String>> restored;
        try (Connection connection = database.getConnection()) {
            // Backup first, then the live rows: nothing writes in between (the submission is graded, the
            // admin logged in).
            if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
                Path backup = backupThroughTheApi(admin);
                live = everyRow(connection);
                restored = restoreH2(backup);
            } else {
                given().cookie(StaffSessions.SESSION_COOKIE, admin).contentType(ContentType.JSON).when().post("/api/v1/admin/backups")
                        .then().statusCode(409).contentType("application/problem+json");
                Path dump = dumpPostgres(connection.getMetaData().getURL());
                live = everyRow(connection);
                restored = restorePostgres(connection.getMetaData().getURL(), dump);
            }
        }
        assertThat(live.keySet()).contains("SUBMISSION", "ATTEMPT", "ATTEMPT_WORK", "STAFF_ACCOUNT",
                "QUESTION_VERSION", "AUTHORING_PUBLICATION", "FLYWAY_SCHEMA_HISTORY", "AUTHORED_EXERCISE_VERSION",
                "AUTHORED_QUESTION");
        assertThat(live.get("SUBMISSION")).isNotEmpty();
        assertThat(live.get("AUTHORED_EXERCISE_VERSION")).isNotEmpty();
        assertThat(live.get("AUTHORED_QUESTION")).isNotEmpty();
        // The restored database alone (no data/authored folder anywhere) serves the published version.
        assertThat(restoredVersion).isEqualTo(published);
        assertThat(live.get("ATTEMPT")).isNotEmpty();
        assertThat(restored.keySet()).isEqualTo(live.keySet());
        live.forEach((table, rows) -> assertThat(restored.get(table)).as(table).containsExactlyInAnyOrderElementsOf(rows));
    }

    @Test
    void shouldRefuseNamesThatAreNotBackups() {
        String admin = StaffSessions.admin();
        given().cookie(StaffSessions.SESSION_COOKIE, admin).when().get("/api/v1/admin/backups/..%2Fadmin-password")
                .then().statusCode(404);
        given().cookie(StaffSessions.SESSION_COOKIE, admin).when().get("/api/v1/admin/backups/tensorjudge.mv.db")
                .then().statusCode(404).contentType("application/problem+json");
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.newStaff("INTERVIEWER")).contentType(ContentType.JSON)
                .when().post("/api/v1/admin/backups").then().statusCode(403);
    }

    private void makeSomethingOfEveryKind() throws InterruptedException {
        String submission = given().contentType(ContentType.JSON)
                .body(Map.of("language", "python", "code", SOLUTION, "mode", "run"))
                .when().post("/api/v1/exercises/softmax/submissions").then().statusCode(202).extract().jsonPath()
                .getString("id");
        for (int i = 0; i < 600 && !"DONE".equals(given().when().get("/api/v1/submissions/{id}", submission)
                .then().extract().jsonPath().getString("status")); i++) {
            Thread.sleep(100);
        }
        String interviewer = StaffSessions.newStaff("INTERVIEWER");
        String question = given().when().get("/api/v1/questions").then().statusCode(200).extract().jsonPath()
                .getString("[0].id");
        long assessment = given().cookie(StaffSessions.SESSION_COOKIE, interviewer).contentType(ContentType.JSON)
                .body(Map.of("title", "Backup", "timeLimitMinutes", 30, "languages", List.of("python"),
                        "allowRun", true, "items", List.of(Map.of("kind", "MCQ", "refId", question, "points", 1))))
                .when().post("/api/v1/assessments").then().statusCode(201).extract().jsonPath().getLong("id");
        String link = given().cookie(StaffSessions.SESSION_COOKIE, interviewer).contentType(ContentType.JSON)
                .body(Map.of("name", "Backed Up", "email", "b@example.com"))
                .when().post("/api/v1/assessments/{id}/invites", assessment)
                .then().statusCode(201).extract().jsonPath().getString("link");
        given().contentType(ContentType.JSON).when()
                .post("/api/v1/attempts/{token}/start", link.substring(link.lastIndexOf('/') + 1))
                .then().statusCode(200);
    }

    /** A new exercise version and a question edit, as authoring publishes them; returns the exercise's version. */
    private String publishAuthoredVersions() {
        Map<String, String> files = new TreeMap<>(ExerciseFiles.read(catalog.find(AUTHORED).orElseThrow()
                .exercise().folder()));
        files.put("statement.en.md", files.get("statement.en.md") + "\nBacked up " + UUID.randomUUID() + "\n");
        String version = catalog.publish(AUTHORED, files).version();
        PracticeQuestion question = QuarkusTransaction.requiringNew().call(() -> questions.list(null, null).get(0));
        questions.publish(question.source(), question.content());
        return version;
    }

    /** What an instance started on the restored database would serve as the newest version of the exercise. */
    private static String servedBy(DataSource restored) {
        return new ExerciseCatalog(Path.of("exercises"), new AuthoredExercises(restored)).find(AUTHORED).orElseThrow()
                .version();
    }

    private Path backupThroughTheApi(String admin) throws IOException {
        Response created = given().cookie(StaffSessions.SESSION_COOKIE, admin).contentType(ContentType.JSON).when().post("/api/v1/admin/backups");
        created.then().statusCode(201);
        String location = created.getHeader("Location");
        String name = created.jsonPath().getString("name");
        assertThat(location).isEqualTo("/api/v1/admin/backups/" + name);
        assertThat(given().cookie(StaffSessions.SESSION_COOKIE, admin).when().get("/api/v1/admin/backups")
                .then().statusCode(200).extract().jsonPath().getList("name")).contains(name);
        byte[] zip = given().cookie(StaffSessions.SESSION_COOKIE, admin).when().get(location)
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        assertThat(zip.length).isEqualTo(created.jsonPath().getLong("bytes"));
        Path onDisk = Path.of("data/backups", name);
        if (Files.exists(onDisk)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(onDisk))).isEqualTo("rw-------");
        }
        return Files.write(scratch.resolve(name), zip);
    }

    private Map<String, List<String>> restoreH2(Path zip) throws SQLException {
        String url = "jdbc:h2:mem:restored-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection empty = DriverManager.getConnection(url, "sa", "");
                Statement statement = empty.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + zip.toAbsolutePath() + "' COMPRESSION ZIP");
            Map<String, List<String>> rows = everyRow(empty);
            JdbcDataSource restored = new JdbcDataSource();
            restored.setURL(url);
            restored.setUser("sa");
            restoredVersion = servedBy(restored);
            statement.execute("SHUTDOWN");
            return rows;
        }
    }

    private Path dumpPostgres(String liveUrl) throws Exception {
        Path dump = scratch.resolve("tensorjudge.dump");
        run(List.of(tool("pg_dump"), "--format=custom", "--file=" + dump, "--dbname=" + plainUrl(liveUrl)));
        return dump;
    }

    private Map<String, List<String>> restorePostgres(String liveUrl, Path dump) throws Exception {
        String user = System.getenv("TENSORJUDGE_DB_USER");
        String password = System.getenv("TENSORJUDGE_DB_PASSWORD");
        String copy = "restored_" + UUID.randomUUID().toString().replace("-", "");
        String copyUrl = liveUrl.substring(0, liveUrl.lastIndexOf('/') + 1) + copy;
        try (Connection admin = DriverManager.getConnection(liveUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + copy);
        }
        run(List.of(tool("pg_restore"), "--no-owner", "--dbname=" + plainUrl(copyUrl), dump.toString()));
        try (Connection restored = DriverManager.getConnection(copyUrl, user, password)) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(copyUrl);
            source.setUser(user);
            source.setPassword(password);
            restoredVersion = servedBy(source);
            return everyRow(restored);
        } finally {
            try (Connection admin = DriverManager.getConnection(liveUrl, user, password);
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database " + copy);
            }
        }
    }

    /** libpq takes postgresql://user@host:port/db, not the JDBC form. */
    private static String plainUrl(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        return "postgresql://" + System.getenv("TENSORJUDGE_DB_USER") + "@"
                + (query < 0 ? rest : rest.substring(0, query));
    }

    private static String tool(String name) throws IOException {
        try (var dirs = Files.list(Path.of("/usr/lib/postgresql"))) {
            return dirs.map(d -> d.resolve("bin").resolve(name)).filter(Files::isExecutable).sorted()
                    .reduce((a, b) -> b).orElseThrow().toString();
        }
    }

    private static void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", System.getenv("TENSORJUDGE_DB_PASSWORD"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    /** Table (upper case) → every row as text, for every table of the application's schema. */
    private static Map<String, List<String>> everyRow(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        String schema = connection.getMetaData().getDatabaseProductName().equals("H2") ? "PUBLIC" : "public";
        try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : tables) {
            List<String> contents = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select * from \"" + table + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(rs.getMetaData().getColumnName(c).toLowerCase()).append('=')
                                .append(rs.getString(c)).append(';');
                    }
                    contents.add(row.toString());
                }
            }
            rows.put(table.toUpperCase(), contents);
        }
        return rows;
    }
}

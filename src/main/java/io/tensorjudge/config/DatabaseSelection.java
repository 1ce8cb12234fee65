package io.tensorjudge.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which database this start will use, checked before Quarkus starts so that a wrong or unreachable database ends
 * the process with one clear line instead of a stack trace (docs/operations.md). Quarkus fixes the database kind at
 * build time: the default build is for H2, a {@code -Ppostgresql} build for PostgreSQL; TENSORJUDGE_DB_URL,
 * TENSORJUDGE_DB_USER and TENSORJUDGE_DB_PASSWORD (read by application.properties) name the database.
 */
public final class DatabaseSelection {

    public static final String URL_ENV = "TENSORJUDGE_DB_URL";
    public static final String USER_ENV = "TENSORJUDGE_DB_USER";
    public static final String PASSWORD_ENV = "TENSORJUDGE_DB_PASSWORD";
    private static final String POSTGRESQL = "postgresql";

    private DatabaseSelection() {
    }

    /** The db-kind this build was made for (written by Maven into io/tensorjudge/build.properties). */
    public static String buildKind() {
        try (InputStream in = DatabaseSelection.class.getResourceAsStream("/io/tensorjudge/build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("db-kind", "h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why this start cannot work, or empty. {@code explicitUrl} is a JDBC URL given as quarkus.datasource.jdbc.url
     * (system property or QUARKUS_DATASOURCE_JDBC_URL), which wins over TENSORJUDGE_DB_URL as it does in Quarkus.
     */
    public static Optional<String> problem(String buildKind, Map<String, String> env, String explicitUrl) {
        String url = explicitUrl != null ? explicitUrl : env.get("QUARKUS_DATASOURCE_JDBC_URL");
        String source = url != null ? "quarkus.datasource.jdbc.url" : URL_ENV;
        if (url == null) {
            url = env.get(URL_ENV);
        }
        boolean postgresUrl = url != null && url.startsWith("jdbc:postgresql:");
        if (POSTGRESQL.equals(buildKind) && !postgresUrl) {
            return Optional.of("this build is for PostgreSQL: set " + URL_ENV + "=jdbc:postgresql://HOST:5432/DB, "
                    + USER_ENV + " and " + PASSWORD_ENV + (url == null ? "" : " (" + source + " is " + url + ")")
                    + ", or build for H2 with `mvn -B -DskipTests package`");
        }
        if (!POSTGRESQL.equals(buildKind) && postgresUrl) {
            return Optional.of(source + " names a PostgreSQL database but this build is for H2: build with "
                    + "`mvn -B -DskipTests -Ppostgresql package`");
        }
        if (url != null && !postgresUrl && !url.startsWith("jdbc:h2:")) {
            return Optional.of(source + " must be a jdbc:postgresql:// URL (or jdbc:h2:), not " + url);
        }
        return Optional.empty();
    }

    /** Connects once (10 s at most) to a PostgreSQL URL; the reason it failed, or empty. */
    public static Optional<String> unreachable(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("cannot connect to the database " + url + " as " + user + ": " + e.getMessage());
        }
    }
}

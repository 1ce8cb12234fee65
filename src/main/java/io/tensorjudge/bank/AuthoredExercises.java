package io.tensorjudge.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The published exercise versions in table {@code authored_exercise_version}, read and written with plain JDBC so
 * that a catalog works the same inside Quarkus (the app's data source, enlisted in the caller's transaction) and
 * outside it (tests with two independent readers). Rows are never changed once written.
 */
public final class AuthoredExercises {

    /** One published version; {@code sequence} orders the versions of one exercise (1 = first authored). */
    record Row(long id, String exerciseId, int sequence, String version, Map<String, String> files) {
    }

    /** Changes exactly when a row is added anywhere (rows are never deleted), whatever order commits land in. */
    record Stamp(long count, long maxId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource database;

    public AuthoredExercises(DataSource database) {
        this.database = database;
    }

    Stamp stamp() {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), coalesce(max(id), 0) from authored_exercise_version")) {
            rs.next();
            return new Stamp(rs.getLong(1), rs.getLong(2));
        } catch (SQLException e) {
            throw failure("read the published exercise versions", e);
        }
    }

    /** The ids of every row, with its exercise, sequence and version (not its files). */
    List<Row> headers() {
        List<Row> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, exercise_id, sequence_no, version "
                        + "from authored_exercise_version order by exercise_id, sequence_no")) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), null));
            }
        } catch (SQLException e) {
            throw failure("read the published exercise versions", e);
        }
        return rows;
    }

    Map<String, String> files(long id) {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("select files from authored_exercise_version where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no published exercise version " + id);
                }
                return readFiles(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("read a published exercise version", e);
        }
    }

    /**
     * Adds {@code files} as the next version of {@code exerciseId}. Two instances publishing the same exercise at
     * once get the same sequence number; the unique key refuses the second, which is reported as a conflict.
     */
    Row insert(String exerciseId, String version, Map<String, String> files) {
        try (Connection c = database.getConnection()) {
            int sequence;
            try (PreparedStatement s = c.prepareStatement(
                    "select coalesce(max(sequence_no), 0) from authored_exercise_version where exercise_id = ?")) {
                s.setString(1, exerciseId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    sequence = rs.getInt(1) + 1;
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into authored_exercise_version "
                    + "(exercise_id, sequence_no, version, files, published_at) values (?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                s.setString(1, exerciseId);
                s.setInt(2, sequence);
                s.setString(3, version);
                s.setString(4, JSON.writeValueAsString(new TreeMap<>(files)));
                s.setTimestamp(5, Timestamp.from(Instant.now()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new Row(keys.getLong(1), exerciseId, sequence, version, files);
                }
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new io.tensorjudge.common.Conflict("exercise " + exerciseId + " was published by someone else "
                        + "at the same moment: reload and publish again", List.of());
            }
            throw failure("publish an exercise version", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readFiles(String text) {
        try {
            return new TreeMap<>(JSON.readValue(text, new TypeReference<Map<String, String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored exercise version is unreadable", e);
        }
    }

    /** Keeps the SQLException as the cause: a lost connection (SQLState 08…) is then answered 503 like any other. */
    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
    }
}

package io.tensorjudge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSelectionTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/tj";

    @Test
    void shouldUseTheH2DefaultWhenNothingIsSet() {
        assertThat(DatabaseSelection.problem("h2", Map.of(), null)).isEmpty();
    }

    @Test
    void shouldAcceptAPostgresqlUrlInAPostgresqlBuild() {
        assertThat(DatabaseSelection.problem("postgresql", Map.of("TENSORJUDGE_DB_URL", PG), null)).isEmpty();
    }

    @Test
    void shouldNameTheBuildWhenThePostgresqlUrlMeetsAnH2Build() {
        assertThat(DatabaseSelection.problem("h2", Map.of("TENSORJUDGE_DB_URL", PG), null)).get().asString()
                .contains("this build is for H2").contains("-Ppostgresql");
    }

    @Test
    void shouldAskForTheUrlInAPostgresqlBuildWithoutOne() {
        assertThat(DatabaseSelection.problem("postgresql", Map.of(), null)).get().asString()
                .contains("this build is for PostgreSQL").contains("TENSORJUDGE_DB_URL=jdbc:postgresql://");
    }

    @Test
    void shouldLetAnExplicitQuarkusUrlWinOverTheEnvironment() {
        assertThat(DatabaseSelection.problem("h2", Map.of("TENSORJUDGE_DB_URL", PG), "jdbc:h2:mem:x")).isEmpty();
        assertThat(DatabaseSelection.problem("h2", Map.of("QUARKUS_DATASOURCE_JDBC_URL", PG), null)).isPresent();
    }

    @Test
    void shouldRefuseOtherDatabases() {
        assertThat(DatabaseSelection.problem("h2", Map.of("TENSORJUDGE_DB_URL", "jdbc:mysql://x/y"), null)).get()
                .asString().contains("must be a jdbc:postgresql:// URL");
    }

    @Test
    void shouldSayWhyAnUnreachableDatabaseCannotBeUsed() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/tj";

        assertThat(DatabaseSelection.unreachable(url, "tj", "x")).get().asString()
                .startsWith("cannot connect to the database " + url + " as tj: ");
        assertThat(DatabaseSelection.unreachable("jdbc:h2:mem:x", "sa", "")).isEmpty();
    }

    @Test
    void shouldKnowTheKindOfThisBuild() {
        assertThat(DatabaseSelection.buildKind()).isIn("h2", "postgresql");
    }
}

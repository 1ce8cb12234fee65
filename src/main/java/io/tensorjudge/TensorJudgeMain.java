package io.tensorjudge;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.tensorjudge.config.DatabaseSelection;
import io.tensorjudge.config.SessionKeySource;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point of the packaged app: checks the database choice (config.DatabaseSelection) and a session key given in
 * the environment or as a system property (config.SessionKeySource), then starts Quarkus.
 */
@QuarkusMain
public final class TensorJudgeMain {

    private TensorJudgeMain() {
    }

    public static void main(String... args) {
        Map<String, String> env = System.getenv();
        String explicit = System.getProperty("quarkus.datasource.jdbc.url");
        Optional<String> problem = DatabaseSelection.problem(DatabaseSelection.buildKind(), env, explicit);
        if (problem.isEmpty()) {
            String url = explicit != null ? explicit : env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
                    env.get(DatabaseSelection.URL_ENV));
            problem = DatabaseSelection.unreachable(url,
                    System.getProperty("quarkus.datasource.username", env.get(DatabaseSelection.USER_ENV)),
                    System.getProperty("quarkus.datasource.password", env.get(DatabaseSelection.PASSWORD_ENV)));
        }
        if (problem.isEmpty()) {
            problem = SessionKeySource.problem(System.getProperty(SessionKeySource.KEY), env);
        }
        if (problem.isPresent()) {
            System.err.println("TensorJudge cannot start: " + problem.get());
            System.exit(1);
        }
        Quarkus.run(args);
    }
}

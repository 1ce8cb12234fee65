package io.tensorjudge.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real bank plus known private items, so that tests do not depend on what the real bank marks private: the
 * questions of {@code private-bank/private-fixture.yaml} (three private, one public, all in topic
 * {@code fixture-pool}) and the exercise {@value #PRIVATE_EXERCISE} made private in a copy of {@code exercises/}.
 */
public class PrivateBankProfile implements QuarkusTestProfile {

    public static final String PRIVATE_EXERCISE = "gelu";
    public static final String POOL_TOPIC = "fixture-pool";
    public static final java.util.List<String> PRIVATE_QUESTIONS = java.util.List.of("fixture-private-one",
            "fixture-private-two", "fixture-private-three");
    public static final String PUBLIC_POOL_QUESTION = "fixture-public-one";

    @Override
    public Map<String, String> getConfigOverrides() {
        Path root = Path.of("target", "private-bank").toAbsolutePath();
        try {
            deleteTree(root);
            Path questions = Files.createDirectories(root.resolve("questions"));
            try (Stream<Path> files = Files.list(Path.of("questions"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, questions.resolve(file.getFileName()));
                }
            }
            Files.copy(Path.of("src/test/resources/private-bank/private-fixture.yaml"),
                    questions.resolve("zz-private-fixture.yaml"));
            Path exercises = root.resolve("exercises");
            copyTree(Path.of("exercises"), exercises);
            Path yaml = exercises.resolve(PRIVATE_EXERCISE).resolve("exercise.yaml");
            String spec = Files.readString(yaml).replaceAll("(?m)^visibility:.*\\n", "");
            Files.writeString(yaml, spec + (spec.endsWith("\n") ? "" : "\n") + "visibility: private\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("tensorjudge.bank.questions-dir", root.resolve("questions").toString(),
                "tensorjudge.bank.exercises-dir", exercises(root));
    }

    private static String exercises(Path root) {
        return root.resolve("exercises").toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

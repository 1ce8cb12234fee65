package io.tensorjudge.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one exercise folder as a map from relative path ("exercise.yaml", "mutants/x.py") to text. Authoring
 * edits, stores, exports and imports exercises in this form; the loader reads them back from a folder.
 */
public final class ExerciseFiles {

    /** Top-level files of the format, plus mutants/&lt;slug&gt;.py|.java. */
    private static final Pattern NAME = Pattern.compile(
            "exercise\\.yaml|mutation\\.yaml|statement\\.(zh|en)\\.md|starter\\.py|solution\\.py|Starter\\.java|Solution\\.java"
                    + "|mutants/[a-z0-9]+(-[a-z0-9]+)*\\.(py|java)");

    private ExerciseFiles() {
    }

    /** Whether {@code name} is a file of the exercise format (anything else is ignored on import and refused on save). */
    public static boolean isExerciseFile(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static Map<String, String> read(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (isExerciseFile(name)) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Writes the files into {@code folder} (created); names outside the format are refused. */
    public static void write(Path folder, Map<String, String> files) {
        try {
            Files.createDirectories(folder.resolve("mutants"));
            for (Map.Entry<String, String> file : files.entrySet()) {
                if (!isExerciseFile(file.getKey())) {
                    throw new IllegalArgumentException("not a file of the exercise format: " + file.getKey());
                }
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short hash of every name and text: two folders get the same one exactly when their files are equal. */
    public static String contentHash(Map<String, String> files) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            digest.update((file.getKey() + "\u0000" + file.getValue() + "\u0000").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** A bank folder's version: the hash of its exercise.yaml alone (the cases and what they are graded against). */
    static String bankVersion(Path exerciseYaml) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(exerciseYaml))).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

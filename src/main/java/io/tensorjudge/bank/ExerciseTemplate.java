package io.tensorjudge.bank;

import io.tensorjudge.common.Invalid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code exercises/_template/}: a complete exercise (statements, cases, both solutions, mutants) that a new exercise
 * starts from. The loader skips it (its name starts with '_'); a copy for a new id differs only in the id line.
 */
public final class ExerciseTemplate {

    public static final String FOLDER = "_template";
    static final String TEMPLATE_ID = "template-exercise";
    /** The id rule of the loader: a lower-case slug. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id: " + TEMPLATE_ID + "$");

    private ExerciseTemplate() {
    }

    /** The template's files with {@code id} in exercise.yaml; refused for an id that is not a slug. */
    public static Map<String, String> copyFor(Path exercisesRoot, String id) {
        if (id == null || id.length() > 100 || !SLUG.matcher(id).matches()) {
            throw Invalid.field("id", "an exercise id is a lower-case slug of at most 100 characters, "
                    + "e.g. leaky-relu (letters a-z, digits, single hyphens)");
        }
        Path folder = exercisesRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("the exercise template " + folder + " is missing");
        }
        Map<String, String> files = new TreeMap<>(ExerciseFiles.read(folder));
        Matcher line = ID_LINE.matcher(files.get("exercise.yaml"));
        if (!line.find()) {
            throw new IllegalStateException(folder.resolve("exercise.yaml") + " has no line 'id: " + TEMPLATE_ID + "'");
        }
        files.put("exercise.yaml", line.replaceFirst("id: " + id));
        return files;
    }
}

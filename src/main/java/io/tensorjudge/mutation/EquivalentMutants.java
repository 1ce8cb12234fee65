package io.tensorjudge.mutation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated mutants an exercise declares equivalent in {@code exercises/<id>/mutation.yaml}: programs that differ
 * from solution.py but cannot differ on any valid input (within the tolerance), each with the reason why.
 * <pre>
 * equivalent:
 *   - id: L8C48-true-to-false
 *     reason: keepdims does not matter when the result is broadcast back over a 1-d input
 * </pre>
 */
public final class EquivalentMutants {

    public static final String FILE = "mutation.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private record Entry(String id, String reason) {
    }

    private record FileContent(List<Entry> equivalent) {
    }

    private final Map<String, String> reasons;

    private EquivalentMutants(Map<String, String> reasons) {
        this.reasons = Map.copyOf(reasons);
    }

    public static EquivalentMutants none() {
        return new EquivalentMutants(Map.of());
    }

    /** The declarations of the folder; none when it has no mutation.yaml. Malformed files are errors, not ignored. */
    public static EquivalentMutants of(Path exerciseFolder) {
        Path file = exerciseFolder.resolve(FILE);
        if (!Files.exists(file)) {
            return none();
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static EquivalentMutants parse(String yaml, String where) throws IOException {
        FileContent content = YAML.readValue(yaml, FileContent.class);
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Entry entry : content == null || content.equivalent() == null ? List.<Entry>of() : content.equivalent()) {
            if (entry.id() == null || entry.id().isBlank()) {
                throw new IllegalArgumentException(where + ": an equivalent mutant without an id");
            }
            if (entry.reason() == null || entry.reason().isBlank()) {
                throw new IllegalArgumentException(where + ": equivalent mutant " + entry.id() + " needs a reason");
            }
            if (reasons.put(entry.id(), entry.reason().strip()) != null) {
                throw new IllegalArgumentException(where + ": equivalent mutant " + entry.id() + " is listed twice");
            }
        }
        return new EquivalentMutants(reasons);
    }

    /** The reason, or null when the mutant is not declared equivalent. */
    public String reason(String mutantId) {
        return reasons.get(mutantId);
    }

    public Map<String, String> all() {
        return reasons;
    }
}

package io.tensorjudge.bank;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * exercises/&lt;id&gt;/exercise.yaml exactly as written (snake_case keys, unknown keys rejected). Optional keys are null when
 * absent; {@link ExerciseLoader} checks the rest and fills no defaults here, so the record mirrors the file.
 */
public record ExerciseSpec(
        String id,
        Title title,
        List<String> topics,
        String difficulty,
        String source,
        String seedQuestion,
        List<String> languages,
        FunctionNames function,
        Signatures signature,
        List<Param> params,
        String returns,
        ToleranceSpec tolerance,
        List<CaseSpec> cases,
        Visibility visibility) {

    /** Public unless the file says {@code visibility: private}. */
    public Visibility visibilityOrPublic() {
        return Visibility.orPublic(visibility);
    }

    public record Title(String zh, String en) {
    }

    public record FunctionNames(String python, String java) {
    }

    public record Signatures(String python, String java) {
    }

    /** type: array | array? | int | float | bool | list[array] | dict[array]. */
    public record Param(String name, String type) {
    }

    /** rtol/atol/allow_float32; absent values take the contract defaults (1e-6, 1e-8, false). */
    public record ToleranceSpec(Double rtol, Double atol, Boolean allowFloat32) {

        public double rtolOrDefault() {
            return rtol == null ? 1.0e-6 : rtol;
        }

        public double atolOrDefault() {
            return atol == null ? 1.0e-8 : atol;
        }

        public boolean float32Allowed() {
            return Boolean.TRUE.equals(allowFloat32);
        }
    }

    /** One test case; args maps each param name to a YAML literal or one generator map. */
    public record CaseSpec(
            String name,
            Boolean visible,
            Integer weight,
            Long seed,
            String description,
            LinkedHashMap<String, Object> args,
            List<String> properties) {

        public boolean isVisible() {
            return Boolean.TRUE.equals(visible);
        }

        public int weightOrDefault() {
            return weight == null ? 1 : weight;
        }

        public List<String> propertiesOrEmpty() {
            return properties == null ? List.of() : properties;
        }
    }
}

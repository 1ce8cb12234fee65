package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.grading.ReferenceCases.PreparedCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Test helper: asserts that a response shows no value of a hidden test's inputs or expected outputs. */
final class HiddenValues {

    private HiddenValues() {
    }

    /** Hidden inputs and expected outputs, as they would be printed (full repr and 6 significant digits). */
    static void assertAbsent(ExerciseCatalog catalog, ReferenceCases referenceCases, String exerciseId,
            String response) {
        ExerciseCatalog.Entry entry = catalog.find(exerciseId).orElseThrow();
        Set<String> secrets = new LinkedHashSet<>();
        Set<String> shown = new LinkedHashSet<>();
        for (PreparedCase prepared : referenceCases.of(entry)) {
            List<Object> values = new ArrayList<>(prepared.inputs());
            values.add(prepared.expected());
            values.forEach(v -> collect(v, prepared.testCase().visible() ? shown : secrets));
        }
        // A hidden case may share a value with a visible one (same seed): that value is public anyway.
        secrets.removeAll(shown);
        for (String secret : secrets) {
            // Whole numbers only (not a prefix of a longer one), and only values specific enough to be evidence.
            if (secret.replace("-", "").replace(".", "").length() >= 6) {
                assertThat(response).as("hidden value %s of %s leaked", secret, exerciseId)
                        .doesNotContainPattern("(?<![0-9.])" + java.util.regex.Pattern.quote(secret) + "(?![0-9])");
            }
        }
    }

    private static void collect(Object value, Set<String> out) {
        if (value instanceof INDArray array) {
            INDArray flat = Nd4j.toFlattened('c', array.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE));
            for (long i = 0; i < Math.min(flat.length(), 16); i++) {
                double v = flat.getDouble(i);
                if (v != Math.rint(v) && Math.abs(v) > 1e-3) {
                    out.add(Double.toString(v));
                    out.add(String.format("%.6g", v));
                }
            }
        } else if (value instanceof Object[] tuple) {
            for (Object item : tuple) {
                collect(item, out);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, out));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, out));
        }
    }
}

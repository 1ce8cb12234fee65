package io.tensorjudge.grading;

import io.quarkus.runtime.StartupEvent;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.reference.ExerciseReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Every exercise in the bank must have an ND4J reference, or it could never be graded: start-up stops with the
 * folders that lack one. Checked here, not in the bank loader, because the bank knows files, not references.
 */
@ApplicationScoped
class ReferenceCoverage {

    void check(@Observes StartupEvent start, ExerciseCatalog catalog) {
        List<String> missing = missing(catalog);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No ND4J reference is registered for " + String.join(", ", missing)
                    + " (exercises/<id>/exercise.yaml: id); add one in io.tensorjudge.reference.ExerciseReferences");
        }
    }

    static List<String> missing(ExerciseCatalog catalog) {
        return catalog.list().stream().map(ExerciseCatalog.Entry::id)
                .filter(id -> ExerciseReferences.find(id).isEmpty()).toList();
    }
}

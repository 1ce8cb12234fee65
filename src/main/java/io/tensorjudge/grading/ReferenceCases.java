package io.tensorjudge.grading;

import io.tensorjudge.bank.CaseGenerator;
import io.tensorjudge.bank.Exercise;
import io.tensorjudge.bank.Exercise.TestCase;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.reference.ExerciseReferences;
import io.tensorjudge.reference.ReferenceFunction;
import io.tensorjudge.sandbox.Value;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inputs and expected outputs of every test case, computed once per (exercise, version) by the ND4J reference and
 * kept for the life of the process. Expected outputs stay here, on the host: only inputs go into a sandbox job.
 */
@ApplicationScoped
public class ReferenceCases {

    /** One case ready to grade: the inputs in both forms and the reference's output. */
    public record PreparedCase(TestCase testCase, List<Object> inputs, List<Value> sandboxArgs, Object expected) {
    }

    private final Map<String, List<PreparedCase>> cache = new ConcurrentHashMap<>();

    public List<PreparedCase> of(ExerciseCatalog.Entry entry) {
        return cache.computeIfAbsent(entry.id() + "@" + entry.version(), key -> prepare(entry.exercise()));
    }

    public ReferenceFunction reference(Exercise exercise) {
        return ExerciseReferences.get(exercise.id());
    }

    private List<PreparedCase> prepare(Exercise exercise) {
        ReferenceFunction reference = reference(exercise);
        List<PreparedCase> prepared = new ArrayList<>();
        for (TestCase testCase : exercise.cases()) {
            List<Object> inputs = CaseGenerator.generate(exercise, testCase);
            Object expected;
            try {
                expected = reference.apply(inputs);
            } catch (Exception e) {
                throw new IllegalStateException("reference of " + exercise.id() + " failed on case " + testCase.name(),
                        e);
            }
            List<Value> args = inputs.stream().map(ValueCodec::toValue).toList();
            prepared.add(new PreparedCase(testCase, inputs, args, expected));
        }
        return List.copyOf(prepared);
    }
}

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

    /** Versions of unpublished drafts (authoring) start with this. */
    public static final String DRAFT_VERSION_PREFIX = "draft-";

    private record DraftCases(String version, List<PreparedCase> cases) {
    }

    private final Map<String, List<PreparedCase>> cache = new ConcurrentHashMap<>();
    private final Map<String, DraftCases> latestDraft = new ConcurrentHashMap<>();

    public List<PreparedCase> of(ExerciseCatalog.Entry entry) {
        if (entry.version().startsWith(DRAFT_VERSION_PREFIX)) {
            // A draft changes with every save: keep only its latest version per exercise, not one per edit.
            DraftCases cached = latestDraft.get(entry.id());
            if (cached != null && cached.version().equals(entry.version())) {
                return cached.cases();
            }
            List<PreparedCase> cases = prepare(entry.exercise());
            latestDraft.put(entry.id(), new DraftCases(entry.version(), cases));
            return cases;
        }
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

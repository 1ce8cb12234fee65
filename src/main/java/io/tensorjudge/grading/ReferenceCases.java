package io.tensorjudge.grading;

import io.tensorjudge.bank.CaseGenerator;
import io.tensorjudge.bank.Exercise;
import io.tensorjudge.bank.Exercise.TestCase;
import io.tensorjudge.bank.ExerciseCatalog;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tensorjudge.config.GradingConfig;
import io.tensorjudge.reference.ExerciseReferences;
import io.tensorjudge.reference.ReferenceFunction;
import io.tensorjudge.wire.Value;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Inputs and expected outputs of every test case, computed once per (exercise, version) by the ND4J reference and
 * kept for the life of the process. Expected outputs stay here, on the host: only inputs go into a sandbox job.
 * The cases of an assessment attempt ({@link #of(ExerciseCatalog.Entry, Long)}: hidden ones generated from the
 * attempt's variant seed) are kept in a cache bounded by the numbers it holds, since every attempt has its own.
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
    /** Per (exercise, version, variant); weighed by the numbers of its hidden cases (the visible ones are shared). */
    private final Cache<String, List<PreparedCase>> variants;

    /** Outside the server (tests, standalone mutation analysis): the default bound of the variant cache. */
    public ReferenceCases() {
        this(GradingConfig.DEFAULT_VARIANT_CACHE_NUMBERS);
    }

    @Inject
    ReferenceCases(GradingConfig config) {
        this(config.variantCacheNumbers());
    }

    ReferenceCases(long variantCacheNumbers) {
        // eviction on the calling thread: cheap, and the bound holds as soon as a call returns
        this.variants = Caffeine.newBuilder().maximumWeight(variantCacheNumbers).executor(Runnable::run)
                .weigher((String key, List<PreparedCase> cases) -> weightOf(cases)).build();
    }

    /** The numbers the variant cache holds now (tests of its bound). */
    long variantCacheWeight() {
        variants.cleanUp();
        return variants.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /**
     * The cases of an assessment attempt whose hidden cases come from {@code variant}
     * ({@link CaseGenerator#generate(Exercise, TestCase, long)}), with the reference's outputs for those inputs;
     * the visible cases are exactly the practice ones. A null variant (practice, attempts made before variants
     * existed) gives {@link #of(ExerciseCatalog.Entry)}. Computed once per (exercise, version, variant) while the
     * cache keeps it, and again, with the same values, after it was evicted.
     */
    public List<PreparedCase> of(ExerciseCatalog.Entry entry, Long variant) {
        List<PreparedCase> practice = of(entry);
        if (variant == null) {
            return practice;
        }
        return variants.get(entry.id() + "@" + entry.version() + "#" + variant, key -> practice.stream()
                .map(c -> c.testCase().visible() ? c : prepare(entry.exercise(), c.testCase(), variant))
                .toList());
    }

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
        List<PreparedCase> prepared = new ArrayList<>();
        for (TestCase testCase : exercise.cases()) {
            prepared.add(prepare(exercise, testCase, CaseGenerator.generate(exercise, testCase), ""));
        }
        return List.copyOf(prepared);
    }

    private PreparedCase prepare(Exercise exercise, TestCase testCase, long variant) {
        return prepare(exercise, testCase, CaseGenerator.generate(exercise, testCase, variant), " of a variant");
    }

    private PreparedCase prepare(Exercise exercise, TestCase testCase, List<Object> inputs, String which) {
        Object expected;
        try {
            expected = reference(exercise).apply(inputs);
        } catch (Exception e) {
            throw new IllegalStateException("reference of " + exercise.id() + " failed on case " + testCase.name()
                    + which, e);
        }
        List<Value> args = inputs.stream().map(ValueCodec::toValue).toList();
        return new PreparedCase(testCase, inputs, args, expected);
    }

    /**
     * Numbers held by the hidden cases of a variant, at least 1: the inputs twice (as ND4J arrays and in their wire
     * form for the sandbox) and the expected outputs; each costs about 8 bytes.
     */
    private static int weightOf(List<PreparedCase> cases) {
        long numbers = 1;
        for (PreparedCase c : cases) {
            if (!c.testCase().visible()) {
                numbers += 2 * numbersIn(c.inputs()) + numbersIn(c.expected());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, numbers);
    }

    private static long numbersIn(Object value) {
        if (value instanceof INDArray array) {
            return array.length();
        } else if (value instanceof Object[] tuple) {
            return numbersIn(Arrays.asList(tuple));
        } else if (value instanceof List<?> list) {
            return list.stream().mapToLong(ReferenceCases::numbersIn).sum();
        } else if (value instanceof Map<?, ?> map) {
            return numbersIn(new ArrayList<>(map.values()));
        }
        return 1;
    }
}

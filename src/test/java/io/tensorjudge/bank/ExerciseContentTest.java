package io.tensorjudge.bank;

import io.tensorjudge.common.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tensorjudge.grading.Comparison;
import io.tensorjudge.grading.PropertyChecks;
import io.tensorjudge.grading.PropertyContext;
import io.tensorjudge.grading.TensorComparator;
import io.tensorjudge.reference.ExerciseReferences;
import io.tensorjudge.reference.ReferenceFunction;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every exercise folder, every case: the ND4J reference agrees with solution.py (run by /usr/bin/python3) and with
 * Solution.java (compiled in-process), and every mutant is rejected on at least one case. New folders are picked up
 * automatically; an incomplete folder fails here with the loader's file/line message. The same holds for the hidden
 * cases of assessment attempts ({@link CaseGenerator#generate(Exercise, Exercise.TestCase, long)}), checked on one
 * fixed variant seed ({@code -Dtj.variants=N} for N of them; 20 passed on the whole bank when variants came).
 */
class ExerciseContentTest {

    private static final Path ROOT = ExerciseLoader.defaultRoot();

    /** Variant seeds standing for assessment attempts: fixed, so a failure can be repeated. */
    static final List<Long> VARIANTS = new java.util.SplittableRandom(20261203L)
            .longs(Integer.getInteger("tj.variants", 1)).boxed().toList();

    @Test
    void everyFolderLoadsAndEveryReferenceHasAFolder() {
        List<String> ids = ExerciseLoader.loadAll(ROOT).stream().map(Exercise::id).toList();
        assertEquals(List.copyOf(ExerciseReferences.ids()), ids);
        assertTrue(ids.size() >= 35, "the bank needs at least 35 exercises, has " + ids.size());
    }

    @TestFactory
    Stream<DynamicNode> everyExerciseFolder() {
        return ExerciseLoader.folders(ROOT).stream().map(ExerciseContentTest::folderTests);
    }

    @TestFactory
    Stream<DynamicNode> everyExerciseFolderInAssessmentVariants() {
        return ExerciseLoader.folders(ROOT).stream().flatMap(folder -> VARIANTS.stream()
                .map(variant -> folderTests(folder, variant)));
    }

    private static DynamicNode folderTests(Path folder) {
        return folderTests(folder, null);
    }

    /** The checks of one folder, on the cases of exercise.yaml ({@code variant} null) or of one variant. */
    private static DynamicNode folderTests(Path folder, Long variant) {
        String name = folder.getFileName().toString() + (variant == null ? "" : " [variant " + variant + "]");
        Exercise exercise;
        try {
            exercise = ExerciseLoader.load(folder);
        } catch (RuntimeException e) {
            return dynamicTest(name + ": loads", () -> fail(e.getMessage(), e));
        }
        ContentRun run = new ContentRun(exercise, variant);
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest(name + ": reference keeps its inputs and satisfies the listed properties",
                run::checkReference));
        tests.add(dynamicTest(name + ": solution.py equals the reference on every case", run::checkPythonSolution));
        tests.add(dynamicTest(name + ": Solution.java equals the reference on every case", run::checkJavaSolution));
        if (variant == null) {
            tests.add(dynamicTest(name + ": has at least 3 Python mutants", () -> assertTrue(exercise.mutants()
                    .stream().filter(m -> m.language() == Language.PYTHON).count() >= 3,
                    "fewer than 3 Python mutants")));
        }
        for (Exercise.Mutant mutant : exercise.mutants()) {
            tests.add(dynamicTest(name + ": mutant " + mutant.file().getFileName() + " is rejected",
                    () -> run.checkMutant(mutant)));
        }
        return dynamicContainer(name, tests);
    }

    /** Lazily computed inputs, reference outputs and Python results of one exercise, shared by its tests. */
    private static final class ContentRun {
        private final Exercise exercise;
        private final ReferenceFunction reference;
        private final Long variant;
        private Map<String, List<Object>> inputs;
        private Map<String, Object> expected;
        private Map<String, PythonRunner.ModuleResult> python;

        ContentRun(Exercise exercise, Long variant) {
            this.exercise = exercise;
            this.variant = variant;
            this.reference = ExerciseReferences.get(exercise.id());
        }

        private synchronized void computeReference() {
            if (inputs != null) {
                return;
            }
            inputs = new LinkedHashMap<>();
            expected = new LinkedHashMap<>();
            for (Exercise.TestCase c : exercise.cases()) {
                List<Object> args = variant == null ? CaseGenerator.generate(exercise, c)
                        : CaseGenerator.generate(exercise, c, variant);
                inputs.put(c.name(), args);
                expected.put(c.name(), reference.apply(PropertyContext.snapshot(args)));
            }
        }

        private synchronized Map<String, PythonRunner.ModuleResult> python() throws IOException, InterruptedException {
            computeReference();
            if (python == null) {
                Map<String, Path> modules = new LinkedHashMap<>();
                modules.put("solution", exercise.file("solution.py"));
                for (Exercise.Mutant m : exercise.mutants()) {
                    if (m.language() == Language.PYTHON) {
                        modules.put("mutant-" + m.slug(), m.file());
                    }
                }
                Path work = Files.createTempDirectory("tj-" + exercise.id());
                try {
                    python = PythonRunner.run(exercise.spec().function().python(), modules, inputs, work);
                } finally {
                    deleteTree(work); // outputs are already decoded into memory
                }
            }
            return python;
        }

        void checkReference() {
            computeReference();
            List<String> problems = new ArrayList<>();
            for (Exercise.TestCase c : exercise.cases()) {
                List<Object> args = inputs.get(c.name());
                List<Object> passed = PropertyContext.snapshot(args);
                Object again = reference.apply(passed);
                assertTrue(TensorComparator.compare(again, expected.get(c.name()), exactly()).passed(),
                        "the reference is not deterministic on " + c.name());
                PropertyContext ctx = new PropertyContext(exercise.paramNames(), args, passed, again,
                        expected.get(c.name()), reference, exercise.tolerance());
                PropertyChecks.violations(c.properties(), ctx).forEach(v -> problems.add(c.name() + ": " + v));
            }
            assertEquals(List.of(), problems);
        }

        void checkPythonSolution() throws Exception {
            PythonRunner.ModuleResult result = python().get("solution");
            if (result.loadError() != null) {
                fail("solution.py does not load:\n" + result.loadError());
            }
            List<String> problems = new ArrayList<>();
            for (Exercise.TestCase c : exercise.cases()) {
                PythonRunner.Outcome outcome = result.cases().get(c.name());
                if (!outcome.ok()) {
                    problems.add(c.name() + ": raised " + outcome.error());
                    continue;
                }
                if (!outcome.modifiedArgs().isEmpty()) {
                    problems.add(c.name() + ": modified inputs " + outcome.modifiedArgs());
                }
                problems.addAll(judge(c, outcome.value(), null));
            }
            assertEquals(List.of(), problems, "solution.py disagrees with the ND4J reference");
        }

        void checkJavaSolution() throws Exception {
            computeReference();
            Method method = javaMethod(Files.readString(exercise.file("Solution.java")));
            List<String> problems = new ArrayList<>();
            for (Exercise.TestCase c : exercise.cases()) {
                List<Object> passed = PropertyContext.snapshot(inputs.get(c.name()));
                try {
                    Object actual = method.invoke(null, passed.toArray());
                    problems.addAll(judge(c, actual, passed));
                } catch (InvocationTargetException e) {
                    problems.add(c.name() + ": raised " + e.getCause());
                }
            }
            assertEquals(List.of(), problems, "Solution.java disagrees with the ND4J reference");
        }

        void checkMutant(Exercise.Mutant mutant) throws Exception {
            List<String> rejections = new ArrayList<>();
            if (mutant.language() == Language.PYTHON) {
                PythonRunner.ModuleResult result = python().get("mutant-" + mutant.slug());
                if (result.loadError() != null) {
                    rejections.add("module: raised while loading");
                } else {
                    for (Exercise.TestCase c : exercise.cases()) {
                        PythonRunner.Outcome outcome = result.cases().get(c.name());
                        if (!outcome.ok()) {
                            rejections.add(c.name() + ": raised");
                        } else if (!outcome.modifiedArgs().isEmpty()) {
                            rejections.add(c.name() + ": modified inputs");
                        } else {
                            judge(c, outcome.value(), null).forEach(rejections::add);
                        }
                    }
                }
            } else {
                computeReference();
                Method method;
                try {
                    method = javaMethod(Files.readString(mutant.file()));
                } catch (IllegalStateException e) {
                    if (!mutant.expect().equals("COMPILE_ERROR")) {
                        fail(mutant.file() + " does not compile but expects " + mutant.expect() + ": " + e.getMessage());
                    }
                    return;
                }
                for (Exercise.TestCase c : exercise.cases()) {
                    List<Object> passed = PropertyContext.snapshot(inputs.get(c.name()));
                    try {
                        rejections.addAll(judge(c, method.invoke(null, passed.toArray()), passed));
                    } catch (InvocationTargetException e) {
                        rejections.add(c.name() + ": raised " + e.getCause());
                    }
                }
            }
            assertTrue(!rejections.isEmpty(), mutant.file() + " (" + mutant.reason()
                    + ") agrees with the reference on every case: add a case that catches it");
            // the declared verdict must be one the mutant can earn: a wrong value for WRONG_ANSWER, an exception
            // for RUNTIME_ERROR
            boolean raised = rejections.stream().anyMatch(r -> r.contains(": raised"));
            boolean wrong = rejections.stream().anyMatch(r -> !r.contains(": raised"));
            if (mutant.expect().equals("WRONG_ANSWER")) {
                assertTrue(wrong, mutant.file() + " expects WRONG_ANSWER but only raises: " + rejections);
            } else if (mutant.expect().equals("RUNTIME_ERROR")) {
                assertTrue(raised, mutant.file() + " expects RUNTIME_ERROR but never raises: " + rejections);
            }
        }

        /** Problems with one output: value comparison, then the case's properties (plus inputs-unchanged). */
        private List<String> judge(Exercise.TestCase c, Object actual, List<Object> inputsAfterCall) {
            List<String> problems = new ArrayList<>();
            Object want = expected.get(c.name());
            Comparison comparison = TensorComparator.compare(actual, want, exercise.tolerance());
            if (!comparison.passed()) {
                problems.add(c.name() + ": " + comparison.kind() + " " + comparison.path() + " " + comparison.message());
                return problems;
            }
            PropertyContext ctx = new PropertyContext(exercise.paramNames(), inputs.get(c.name()), inputsAfterCall,
                    actual, want, reference, exercise.tolerance());
            PropertyChecks.violations(c.properties(), ctx).forEach(v -> problems.add(c.name() + ": " + v));
            return problems;
        }

        private Method javaMethod(String source) {
            Class<?> type = InMemoryJavaCompiler.compile("Solution", source);
            String name = exercise.spec().function().java();
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == exercise.spec().params().size()) {
                    return m;
                }
            }
            throw new AssertionError("no public static " + name + " with " + exercise.spec().params().size()
                    + " parameters");
        }

        private static void deleteTree(Path root) throws IOException {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }

        private static io.tensorjudge.bank.Tolerance exactly() {
            return new io.tensorjudge.bank.Tolerance(0, 0, false);
        }
    }
}

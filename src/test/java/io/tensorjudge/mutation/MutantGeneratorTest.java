package io.tensorjudge.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator on small sources: the operators of issue 15, stable output, sampling as a subset. */
class MutantGeneratorTest {

    private static final String SOFTMAX = """
            import numpy as np


            def softmax(x, axis=-1):
                # subtract the max: nothing overflows
                shifted = x - np.max(x, axis=axis, keepdims=True)
                e = np.exp(shifted)
                return e / np.sum(e, axis=axis, keepdims=True)
            """;

    private static final String SCHEDULE = """
            import math


            def lr(step, total, base=0.1):
                if step < total:
                    return base * 0.5 * (1.0 + math.cos(math.pi * step / total))
                return base * 2 ** -3
            """;

    private final MutantGenerator generator = new MutantGenerator();

    @Test
    void softmaxMutantsCoverDroppedTermsAxesAndReplacedCalls() {
        GeneratedMutants all = generator.generate(SOFTMAX, 1000);
        Set<String> ids = all.mutants().stream().map(GeneratedMutant::id).collect(Collectors.toSet());

        assertThat(ids).contains("L6C14-sub-keep-left", "L6C18-max-to-min", "L6C18-drop-axis", "L7C8-exp-to-identity",
                "L8C15-sum-to-mean", "L8C45-true-to-false", "L8C11-div-to-mul", "L6C14-swap-sub-operands");
        GeneratedMutant noMaxShift = byId(all, "L6C14-sub-keep-left");
        assertThat(noMaxShift.operator()).isEqualTo("drop-term");
        assertThat(noMaxShift.diff()).contains("-    shifted = x - np.max(x, axis=axis, keepdims=True)")
                .contains("+    shifted = x\n");
        // Only the changed expression is rewritten: comments and the rest of the file stay as they were.
        assertThat(noMaxShift.source()).isEqualTo(SOFTMAX.replace("x - np.max(x, axis=axis, keepdims=True)", "x"));
        assertThat(all.allIds()).hasSize(all.mutants().size()).containsAll(ids);
        // The default of axis is never mutated: every case passes every argument.
        assertThat(all.mutants()).noneMatch(m -> m.line() == 5);
    }

    @Test
    void scheduleMutantsCoverComparisonsConstantsExponentsAndCosineToLinear() {
        GeneratedMutants all = generator.generate(SCHEDULE, 1000);

        assertThat(operators(all)).contains("comparison", "constant", "exponent", "call", "arithmetic",
                "swap-operands", "drop-term");
        assertThat(byId(all, "L6C35-cos-to-linear").source())
                .contains("(1.0 - 2.0 * (math.pi * step / total) / math.pi)");
        assertThat(byId(all, "L5C7-lt-to-le").source()).contains("if step <= total:");
        assertThat(byId(all, "L7C11-mul-keep-left").source()).contains("return base\n");
        assertThat(all.mutants()).anyMatch(m -> m.description().contains("0.5 -> 1.0"));
        // -3 parses as minus 3: the mutant is written the way the parser reads it back
        assertThat(all.mutants()).anyMatch(m -> m.source().contains("2 ** -4"));
    }

    @Test
    void outputIsDeterministicAndASmallerSampleIsASubset() {
        GeneratedMutants first = generator.generate(SOFTMAX, 5);
        GeneratedMutants again = generator.generate(SOFTMAX, 5);
        GeneratedMutants larger = generator.generate(SOFTMAX, 9);

        assertThat(first).isEqualTo(again);
        assertThat(first.mutants()).hasSize(5);
        assertThat(larger.mutants()).containsAll(first.mutants());
        assertThat(first.allIds()).isEqualTo(larger.allIds());
    }

    @Test
    void everyMutantParsesDiffersAndIsUnique() {
        GeneratedMutants all = generator.generate(SCHEDULE, 1000);
        assertThat(all.mutants()).allSatisfy(m -> {
            assertThat(m.source()).isNotEqualTo(SCHEDULE);
            assertThat(m.diff()).startsWith("--- a/solution.py\n+++ b/solution.py\n");
        });
        assertThat(all.mutants().stream().map(GeneratedMutant::source).distinct()).hasSameSizeAs(all.mutants());
        assertThat(all.mutants().stream().map(GeneratedMutant::id).distinct()).hasSameSizeAs(all.mutants());
    }

    @Test
    void sourceThatDoesNotParseIsAnError() {
        assertThatThrownBy(() -> generator.generate("def broken(:\n", 10))
                .hasMessageContaining("does solution.py parse");
    }

    private static GeneratedMutant byId(GeneratedMutants all, String id) {
        return all.mutants().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + all.allIds()));
    }

    private static List<String> operators(GeneratedMutants all) {
        return all.mutants().stream().map(GeneratedMutant::operator).distinct().toList();
    }
}

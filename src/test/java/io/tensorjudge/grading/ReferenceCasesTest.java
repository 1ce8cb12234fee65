package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.bank.ExerciseCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReferenceCasesTest {

    private final ExerciseCatalog.Entry softmax = new ExerciseCatalog(Path.of("exercises")).find("softmax")
            .orElseThrow();
    private final ReferenceCases cases = new ReferenceCases();

    private ExerciseCatalog.Entry as(String version) {
        return new ExerciseCatalog.Entry(softmax.exercise(), version);
    }

    @Test
    void shouldComputeAPublishedVersionOnce() {
        assertThat(cases.of(softmax)).isSameAs(cases.of(softmax)).isNotEmpty();
    }

    @Test
    void shouldKeepOnlyTheLatestDraftOfAnExercise() {
        var first = cases.of(as("draft-a"));
        assertThat(cases.of(as("draft-a"))).isSameAs(first);
        var second = cases.of(as("draft-b"));
        assertThat(second).isNotSameAs(first);
        // draft-a was dropped when draft-b came: asking again computes it anew (same values, new lists).
        var again = cases.of(as("draft-a"));
        assertThat(again).isNotSameAs(first);
        assertThat(again).hasSameSizeAs(first);
    }

    @Test
    void shouldComputeAVariantOnceAndShareThePracticeVisibleCases() {
        var variant = cases.of(softmax, 77L);
        assertThat(cases.of(softmax, 77L)).isSameAs(variant);
        assertThat(cases.of(softmax, null)).isSameAs(cases.of(softmax));
        var practice = cases.of(softmax);
        assertThat(variant).hasSameSizeAs(practice);
        for (int i = 0; i < practice.size(); i++) {
            assertThat(variant.get(i).testCase()).isSameAs(practice.get(i).testCase());
            if (practice.get(i).testCase().visible()) {
                assertThat(variant.get(i)).isSameAs(practice.get(i));
            } else {
                assertThat(variant.get(i).sandboxArgs()).isNotEqualTo(practice.get(i).sandboxArgs());
            }
        }
    }

    @Test
    void shouldKeepTheVariantCacheWithinItsBound() {
        // softmax's hidden cases weigh about 330 numbers per variant (inputs twice, outputs): room for three
        ReferenceCases small = new ReferenceCases(1_000);
        for (long variant = 0; variant < 50; variant++) {
            small.of(softmax, variant);
            assertThat(small.variantCacheWeight()).isLessThanOrEqualTo(1_000);
        }
        assertThat(small.variantCacheWeight()).isGreaterThan(0);
        // what was dropped comes back with the same values
        var again = small.of(softmax, 0L);
        assertThat(again.stream().map(ReferenceCases.PreparedCase::sandboxArgs).toList())
                .isEqualTo(cases.of(softmax, 0L).stream().map(ReferenceCases.PreparedCase::sandboxArgs).toList());
    }
}

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
}

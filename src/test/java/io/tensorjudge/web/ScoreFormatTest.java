package io.tensorjudge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreFormatTest {

    @Test
    void shouldShowPointsWithAtMostTwoDecimals() {
        assertThat(ScoreFormat.points(2.0 / 3 * 5)).isEqualTo("3.33");
        assertThat(ScoreFormat.points(2.0)).isEqualTo("2");
        assertThat(ScoreFormat.points(0.0)).isEqualTo("0");
        assertThat(ScoreFormat.points(12.5)).isEqualTo("12.5");
        assertThat(ScoreFormat.points(10)).isEqualTo("10");
    }

    @Test
    void shouldShowShareAsWholePercentage() {
        assertThat(ScoreFormat.percent(0.6666666666666666)).isEqualTo("67%");
        assertThat(ScoreFormat.percentOf(12.5, 25)).isEqualTo("50%");
        assertThat(ScoreFormat.percentOf(3, 0)).isEqualTo("–");
    }
}

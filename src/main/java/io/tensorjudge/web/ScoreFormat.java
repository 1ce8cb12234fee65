package io.tensorjudge.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Scores as people read them, for the candidate's and the interviewer's pages: points with at most two decimals
 * ({@code 3.33}, {@code 5}) and whole percentages ({@code 67%}), never {@code 0.6666666666666666}.
 */
@TemplateExtension
public final class ScoreFormat {

    private ScoreFormat() {
    }

    /** 3.3333333 -> "3.33", 2.0 -> "2", 2.5 -> "2.5". */
    public static String points(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value.doubleValue()).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** 2 of 3 -> "67%"; "–" when nothing can be scored. */
    public static String percentOf(Number value, Number max) {
        if (value == null || max == null || max.doubleValue() <= 0) {
            return "–";
        }
        return Math.round(100 * value.doubleValue() / max.doubleValue()) + "%";
    }

    /** A fraction (a submission's passed weight share, 0..1) as a percentage: 0.6666 -> "67%". */
    public static String percent(Number fraction) {
        return percentOf(fraction, 1);
    }
}

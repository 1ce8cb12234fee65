package io.tensorjudge.bank;

import java.util.SplittableRandom;

/**
 * What a float {@code values} array may change per seed without changing what the case tests: its elements in a
 * random order ({@code shuffle}), each with a random sign ({@code flip_signs}) — both keep the norm and the
 * multiset of magnitudes —, then one uniform number from {@code shift} added to all of them, which keeps their
 * order (and, up to rounding, their differences). Applied in that order; {@link #NONE} keeps the values as written.
 */
record ValuesPerturbation(boolean shuffle, boolean flipSigns, double[] shift) {
    static final ValuesPerturbation NONE = new ValuesPerturbation(false, false, null);

    boolean seeded(int elements) {
        return (shuffle && elements > 1) || flipSigns || shift != null;
    }

    void apply(double[] values, SplittableRandom rng) {
        if (shuffle) {
            for (int i = values.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                double t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
        if (flipSigns) {
            for (int i = 0; i < values.length; i++) {
                values[i] = rng.nextBoolean() ? -values[i] : values[i];
            }
        }
        if (shift != null) {
            double by = shift[0] + (shift[1] - shift[0]) * rng.nextDouble();
            for (int i = 0; i < values.length; i++) {
                values[i] += by;
            }
        }
    }
}

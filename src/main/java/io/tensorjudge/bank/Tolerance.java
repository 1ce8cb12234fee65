package io.tensorjudge.bank;

/** |actual - expected| <= atol + rtol * |expected|; float32 answers pass only where allowed. */
public record Tolerance(double rtol, double atol, boolean allowFloat32) {

    public static final Tolerance DEFAULT = new Tolerance(1.0e-6, 1.0e-8, false);
}

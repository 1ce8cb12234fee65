public class Solution {
    /**
     * (baseLr - endLr) * (1 - min(step, totalSteps) / totalSteps)^power + endLr; steps past totalSteps stay at
     * endLr.
     */
    public static double polynomialLr(int step, double baseLr, int totalSteps, double power, double endLr) {
        throw new UnsupportedOperationException("TODO: implement polynomialLr");
    }
}

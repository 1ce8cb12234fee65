public class Solution {
    public static double polynomialLr(int step, double baseLr, int totalSteps, double power, double endLr) {
        int s = Math.min(step, totalSteps);
        double remaining = 1.0 - (double) s / totalSteps;     // cast: int / int would be 0 until the end
        return (baseLr - endLr) * Math.pow(remaining, power) + endLr;
    }
}

// expect: WRONG_ANSWER  — int / int: the progress is 0 until the last step, so the rate stays at baseLr
public class Solution {
    public static double polynomialLr(int step, double baseLr, int totalSteps, double power, double endLr) {
        int s = Math.min(step, totalSteps);
        return (baseLr - endLr) * Math.pow(1.0 - s / totalSteps, power) + endLr;
    }
}

public class Solution {
    public static double warmupCosineLr(int step, double baseLr, int warmupSteps, int totalSteps, double minLr) {
        if (step < warmupSteps) {
            return baseLr * step / warmupSteps;          // baseLr is a double, so this is not integer division
        }
        double progress = (double) (step - warmupSteps) / (totalSteps - warmupSteps);
        return minLr + 0.5 * (baseLr - minLr) * (1.0 + Math.cos(Math.PI * progress));
    }
}

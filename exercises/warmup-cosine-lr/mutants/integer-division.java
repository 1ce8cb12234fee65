// expect: WRONG_ANSWER  — Java integer division: step / warmupSteps is 0 for every warmup step, and the cosine progress is 0 or 1
public class Solution {
    public static double warmupCosineLr(int step, double baseLr, int warmupSteps, int totalSteps, double minLr) {
        if (step < warmupSteps) {
            return baseLr * (step / warmupSteps);
        }
        double progress = (step - warmupSteps) / (totalSteps - warmupSteps);
        return minLr + 0.5 * (baseLr - minLr) * (1.0 + Math.cos(Math.PI * progress));
    }
}

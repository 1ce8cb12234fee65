public class Solution {
    /**
     * Linear warmup then cosine decay: baseLr*step/warmupSteps for step < warmupSteps, else
     * minLr + 0.5*(baseLr-minLr)*(1+cos(pi*(step-warmupSteps)/(totalSteps-warmupSteps))).
     */
    public static double warmupCosineLr(int step, double baseLr, int warmupSteps, int totalSteps, double minLr) {
        throw new UnsupportedOperationException("not implemented");
    }
}

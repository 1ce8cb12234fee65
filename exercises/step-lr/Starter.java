public class Solution {
    /**
     * Learning rate at a 0-based step of a step schedule: baseLr * gamma^(step / stepSize) with integer division.
     */
    public static double stepLr(int step, double baseLr, int stepSize, double gamma) {
        throw new UnsupportedOperationException("not implemented");
    }
}

public class Solution {
    /** Learning rate at a 0-based step of an exponential schedule: baseLr * gamma^step. */
    public static double exponentialLr(int step, double baseLr, double gamma) {
        throw new UnsupportedOperationException("not implemented");
    }
}

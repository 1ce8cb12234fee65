public class Solution {
    public static double exponentialLr(int step, double baseLr, double gamma) {
        return baseLr * Math.pow(gamma, step);
    }
}

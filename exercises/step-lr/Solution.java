public class Solution {
    public static double stepLr(int step, double baseLr, int stepSize, double gamma) {
        int decays = step / stepSize;   // int division floors for step >= 0
        return baseLr * Math.pow(gamma, decays);
    }
}

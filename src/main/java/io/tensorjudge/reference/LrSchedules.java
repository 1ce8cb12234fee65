package io.tensorjudge.reference;

/** Learning-rate schedules as plain functions of the step. */
public final class LrSchedules {

    private LrSchedules() {
    }

    /** Linear warmup to base_lr, then cosine decay to min_lr at total_steps. */
    public static double warmupCosine(int step, double baseLr, int warmupSteps, int totalSteps, double minLr) {
        if (step < warmupSteps) {
            return baseLr * step / warmupSteps;
        }
        double progress = (double) (step - warmupSteps) / (totalSteps - warmupSteps);
        return minLr + 0.5 * (baseLr - minLr) * (1.0 + Math.cos(Math.PI * progress));
    }

    /** base_lr * gamma^(step // step_size). */
    public static double step(int step, double baseLr, int stepSize, double gamma) {
        return baseLr * Math.pow(gamma, Math.floorDiv(step, stepSize));
    }

    /** base_lr * gamma^step. */
    public static double exponential(int step, double baseLr, double gamma) {
        return baseLr * Math.pow(gamma, step);
    }

    /** (base_lr - end_lr) * (1 - min(step, T)/T)^power + end_lr: stays at end_lr once step passes total_steps. */
    public static double polynomial(int step, double baseLr, int totalSteps, double power, double endLr) {
        double remaining = 1.0 - (double) Math.min(step, totalSteps) / totalSteps;
        return (baseLr - endLr) * Math.pow(remaining, power) + endLr;
    }
}

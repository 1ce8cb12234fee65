package io.tensorjudge.grading;

import java.time.Duration;

/** Where a grading's time went, for the metrics: the sandbox run, then the comparison with the reference. */
interface PhaseTimes {

    PhaseTimes NONE = new PhaseTimes() {
        @Override
        public void sandbox(Duration took, io.tensorjudge.sandbox.Outcome outcome) {
        }

        @Override
        public void judge(Duration took) {
        }
    };

    void sandbox(Duration took, io.tensorjudge.sandbox.Outcome outcome);

    void judge(Duration took);
}

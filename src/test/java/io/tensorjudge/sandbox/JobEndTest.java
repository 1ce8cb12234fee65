package io.tensorjudge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.sandbox.JobEnd.Stop;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The one mapping from how a job's process ended (exit status, signals, limit events, host kills) to its outcome. */
class JobEndTest {
    private static final SandboxLimits LIMITS = new SandboxLimits(Duration.ofMillis(5000), Duration.ofSeconds(10),
            512L << 20, 64, 16L << 20, 64, 1 << 16, 8L << 20);
    private static final OptionalInt NONE = OptionalInt.empty();

    /** A process that read its whole job and wrote every frame; each row changes one fact. */
    private static Facts ran() {
        return new Facts();
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("every frame was read", ran(), null, null),
                row("stdout flooded the result channel", ran().stop(Stop.OUTPUT_CAP), Outcome.OUTPUT_LIMIT,
                        "wrote more than the output limit"),
                row("the results went past their caps", ran().stop(Stop.RESULT_CAP).detail("4096 values"),
                        Outcome.OUTPUT_LIMIT, "4096 values"),
                row("the results went past their caps in a hidden case",
                        ran().stop(Stop.RESULT_CAP).detail("4096 values").hidden(), Outcome.OUTPUT_LIMIT,
                        "output limit exceeded in a hidden case"),
                row("the wall clock killed it", ran().stop(Stop.ENDED).wallClock().exit(137), Outcome.TIME_LIMIT,
                        "wall time limit of 5000 ms exceeded"),
                row("RLIMIT_CPU sent SIGXCPU", ran().stop(Stop.ENDED).exit(152), Outcome.TIME_LIMIT,
                        "CPU time limit exceeded"),
                row("the cgroup killed it for memory", ran().stop(Stop.ENDED).oomAtStop(), Outcome.MEMORY_LIMIT,
                        "memory limit exceeded (killed by the kernel)"),
                row("it was killed by SIGSEGV", ran().stop(Stop.ENDED).exit(139), Outcome.RUNTIME_ERROR,
                        "killed by signal 11 (SIGSEGV)"),
                row("it exited early", ran().stop(Stop.ENDED).exit(3), Outcome.RUNTIME_ERROR,
                        "exited with status 3 before finishing"),
                row("it ended during a hidden case", ran().stop(Stop.ENDED).exit(139).hidden(),
                        Outcome.RUNTIME_ERROR, "the process ended during a hidden case"),
                row("it corrupted the channel", ran().stop(Stop.CORRUPT).detail("unexpected frame 7"),
                        Outcome.RUNTIME_ERROR, "corrupted the result channel (unexpected frame 7)"),
                row("the job could not be sent", ran().stop(Stop.ENDED).detail("Broken pipe").notDelivered(),
                        Outcome.INTERNAL_ERROR, "could not send the job to the sandbox: Broken pipe"),
                row("the server was shutting down", ran().stop(Stop.ENDED).closing().wallClock(),
                        Outcome.INTERNAL_ERROR, "the server is shutting down"),
                row("the fork server's template died", ran().stop(Stop.ENDED).exit(137).templateDied(),
                        Outcome.INTERNAL_ERROR, "fork server ended during the job"),
                row("a child of the tree was killed for memory", ran().treeOom(), Outcome.MEMORY_LIMIT,
                        "together used more than its memory limit of 512 MiB"),
                row("a child was killed for memory after SIGSEGV", ran().stop(Stop.ENDED).exit(139).treeOom(),
                        Outcome.MEMORY_LIMIT, "together used more than its memory limit"),
                row("stderr went past its cap", ran().stderrOverflow(), Outcome.OUTPUT_LIMIT,
                        "wrote more than 65536 bytes to stderr"),
                row("stderr went past its cap and the host killed it", ran().stop(Stop.ENDED).exit(137)
                        .stderrOverflow(), Outcome.OUTPUT_LIMIT, "bytes to stderr"),
                row("stderr went past its cap after the wall clock", ran().stop(Stop.ENDED).wallClock()
                        .stderrOverflow(), Outcome.TIME_LIMIT, "wall time limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void shouldGiveTheOutcomeOfTheTableWhenTheProcessEndsSo(String when, Facts facts, Outcome outcome,
            String message) {
        JobEnd.Failure f = facts.end().failure();

        if (outcome == null) {
            assertThat(f).isNull();
        } else {
            assertThat(f.outcome()).as(when).isEqualTo(outcome);
            assertThat(f.message()).as(when).contains(message);
        }
    }

    @Test
    void shouldNameNoDetailOfTheCandidatesWhenTheProcessDiesHoldingHiddenInputs() {
        JobEnd.Failure f = ran().stop(Stop.CORRUPT).detail("secret 42").hidden().end().failure();

        assertThat(f.message()).isEqualTo("the process ended during a hidden case").doesNotContain("42");
    }

    @Test
    void shouldBlameUsNotTheCandidateWhenTheTemplateDiesEvenIfTheTreeRanOutOfMemory() {
        JobEnd.Failure f = ran().stop(Stop.ENDED).exit(137).templateDied().treeOom().end().failure();

        assertThat(f.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
    }

    private static Arguments row(String when, Facts facts, Outcome outcome, String message) {
        return Arguments.of(when, facts, outcome, message);
    }

    /** Builder of one row's facts. */
    static final class Facts {
        private Stop stop = Stop.COMPLETED;
        private String detail = "";
        private boolean closing;
        private boolean wallClock;
        private boolean delivered = true;
        private boolean hidden;
        private boolean oomAtStop;
        private OptionalInt exit = NONE;
        private boolean treeOom;
        private boolean stderrOverflow;
        private boolean templateDied;

        Facts stop(Stop s) {
            stop = s;
            return this;
        }

        Facts detail(String d) {
            detail = d;
            return this;
        }

        Facts closing() {
            closing = true;
            return this;
        }

        Facts wallClock() {
            wallClock = true;
            return this;
        }

        Facts notDelivered() {
            delivered = false;
            return this;
        }

        Facts hidden() {
            hidden = true;
            return this;
        }

        Facts oomAtStop() {
            oomAtStop = true;
            return this;
        }

        Facts exit(int status) {
            exit = OptionalInt.of(status);
            return this;
        }

        Facts treeOom() {
            treeOom = true;
            return this;
        }

        Facts stderrOverflow() {
            stderrOverflow = true;
            return this;
        }

        Facts templateDied() {
            templateDied = true;
            return this;
        }

        JobEnd end() {
            return new JobEnd(stop, detail, closing, wallClock, delivered, hidden, oomAtStop, exit, treeOom,
                    stderrOverflow, templateDied, LIMITS);
        }

        @Override
        public String toString() {
            return end().toString();
        }
    }
}

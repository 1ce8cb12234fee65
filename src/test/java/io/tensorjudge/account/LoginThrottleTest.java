package io.tensorjudge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tensorjudge.common.Busy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock that moves only when told. */
    static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final StepClock clock = new StepClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private long waitFor(String user, String address) {
        try {
            throttle.check(user, address);
            return 0;
        } catch (Busy busy) {
            return busy.retryAfterSeconds();
        }
    }

    @Test
    void shouldDoubleTheWaitAfterFiveFailuresUpTo15Minutes() {
        List<Long> waits = new ArrayList<>();
        for (int failure = 1; failure <= 20; failure++) {
            long wait = waitFor("alice", "10.0.0.1");
            if (wait > 0) {
                waits.add(wait);
                clock.advance(Duration.ofSeconds(wait));
                assertThat(waitFor("alice", "10.0.0.1")).isZero();
            }
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L, 900L, 900L);
        assertThat(waitFor("alice", "10.0.0.1")).isEqualTo(900);
        assertThat(LoginThrottle.delayAfter(4)).isZero();
        assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldBlockTheAccountFromAnyAddressAndTheAddressForAnyAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("bob", "10.0.0." + i); // five addresses, one account
        }
        assertThat(waitFor("bob", "10.9.9.9")).isEqualTo(1);
        assertThat(waitFor("carol", "10.9.9.9")).as("another account elsewhere").isZero();

        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.1.1.1"); // one address, five accounts
        }
        assertThat(waitFor("dave", "10.1.1.1")).isEqualTo(1);
        assertThat(waitFor("dave", "10.2.2.2")).isZero();
    }

    @Test
    void shouldRoundTheWaitUpToWholeSeconds() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("erin", "10.0.0.2"); // 2 s
        }
        clock.advance(Duration.ofMillis(1_100));
        assertThat(waitFor("erin", "10.0.0.2")).isEqualTo(1);
        clock.advance(Duration.ofMillis(900));
        assertThatCode(() -> throttle.check("erin", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void shouldClearTheAccountButNotTheAddressOnSuccess() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("frank", "10.0.0.3");
        }
        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded("frank");
        throttle.failed("frank", "10.0.0.4");
        assertThat(waitFor("frank", "10.0.0.4")).as("the account starts again from one failure").isZero();
        throttle.failed("grace", "10.0.0.3");
        assertThat(waitFor("grace", "10.0.0.5")).isZero();
        assertThat(waitFor("grace", "10.0.0.3")).as("the address keeps counting").isEqualTo(2);
    }

    @Test
    void shouldForgetFailuresAnHourAfterTheLast() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("heidi", "10.0.0.6");
        }
        assertThat(waitFor("heidi", "10.0.0.6")).isEqualTo(128);
        clock.advance(Duration.ofHours(1));
        throttle.failed("heidi", "10.0.0.6");
        assertThat(waitFor("heidi", "10.0.0.6")).as("counting from one again").isZero();
    }

    @Test
    void shouldTreatUsernamesCaseInsensitively() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? "Ivan" : " ivan ", "10.0.3." + i);
        }
        assertThatThrownBy(() -> throttle.check("IVAN", "10.0.4.1")).isInstanceOf(Busy.class)
                .hasMessageContaining("try again in 1 s");
    }
}

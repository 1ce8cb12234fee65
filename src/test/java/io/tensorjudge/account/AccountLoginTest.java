package io.tensorjudge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.assessment.MovableClock;
import io.tensorjudge.common.Busy;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountLoginTest {

    @Inject
    AccountService accounts;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCheckNoPasswordHashWhileThrottled() {
        String name = "throttled" + System.nanoTime() % 1_000_000;
        accounts.create(name, null, "the-right-password", List.of(Roles.INTERVIEWER));
        String address = "10.77.0.1";
        long before = accounts.passwordChecks();
        int wrong = 0;
        int refused = 0;
        while (wrong < 20) {
            Busy busy = catchThrowableOfType(Busy.class, () -> {
                assertThat(accounts.login(name, "wrong-password", address)).isEmpty();
            });
            if (busy != null) {
                refused++;
                // even the right password is refused unchecked while blocked
                assertThat(catchThrowableOfType(Busy.class, () -> accounts.login(name, "the-right-password", address)))
                        .isNotNull();
                clock.advance(Duration.ofSeconds(busy.retryAfterSeconds()));
                continue;
            }
            wrong++;
        }
        assertThat(refused).isEqualTo(15);
        assertThat(accounts.passwordChecks() - before).as("hashes checked: one per counted failure").isEqualTo(20);

        clock.advance(LoginThrottle.MAX_DELAY);
        assertThat(accounts.login(name.toUpperCase(), "the-right-password", address)).map(s -> s.member().username())
                .hasValue(name);
    }

    @Test
    void shouldSpendAHashOnAnUnknownUsernameToo() {
        long before = accounts.passwordChecks();
        assertThat(accounts.login("nobody-" + System.nanoTime(), "whatever-password", "10.77.0.2")).isEmpty();
        assertThat(accounts.passwordChecks() - before).isEqualTo(1);
    }
}

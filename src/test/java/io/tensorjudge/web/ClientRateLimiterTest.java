package io.tensorjudge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void shouldRefuseTheRequestAfterTheLimitWithTheSecondsLeftInTheMinute() {
        ClientRateLimiter limiter = new ClientRateLimiter(at("2026-01-01T10:00:45Z"));
        for (int i = 0; i < 3; i++) {
            limiter.acquire("1.2.3.4", "answer", 3);
        }
        assertThatThrownBy(() -> limiter.acquire("1.2.3.4", "answer", 3))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(15));
        limiter.acquire("5.6.7.8", "answer", 3);
        limiter.acquire("1.2.3.4", "submission", 3);
    }

    @Test
    void shouldStartAFreshWindowEachMinuteAndIgnoreAZeroLimit() {
        ClientRateLimiter before = new ClientRateLimiter(at("2026-01-01T10:00:59Z"));
        before.acquire("c", "a", 1);
        assertThatThrownBy(() -> before.acquire("c", "a", 1)).isInstanceOf(RateLimitedException.class);
        ClientRateLimiter unlimited = new ClientRateLimiter(at("2026-01-01T10:00:59Z"));
        for (int i = 0; i < 1000; i++) {
            unlimited.acquire("c", "a", 0);
        }
    }
}

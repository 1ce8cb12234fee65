package io.tensorjudge.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed one-minute windows per client and action. Memory stays bounded: windows older than the current minute are
 * dropped whenever a new minute starts.
 */
class ClientRateLimiter {

    private record Window(long minute, AtomicInteger count) {
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private volatile long lastSweepMinute;

    ClientRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one request; throws {@link RateLimitedException} when {@code limitPerMinute} (> 0) is exceeded. */
    void acquire(String client, String action, int limitPerMinute) {
        if (limitPerMinute <= 0) {
            return;
        }
        long millis = clock.millis();
        long minute = millis / 60_000;
        sweep(minute);
        Window window = windows.compute(action + "|" + client, (key, current) ->
                current == null || current.minute() != minute ? new Window(minute, new AtomicInteger()) : current);
        if (window.count().incrementAndGet() > limitPerMinute) {
            long retryAfter = Math.max(1, 60 - (millis % 60_000) / 1000);
            throw new RateLimitedException("Too many requests: at most " + limitPerMinute + " per minute; retry in "
                    + retryAfter + " s.", retryAfter);
        }
    }

    private void sweep(long minute) {
        if (minute != lastSweepMinute) {
            lastSweepMinute = minute;
            windows.values().removeIf(w -> w.minute() < minute);
        }
    }
}

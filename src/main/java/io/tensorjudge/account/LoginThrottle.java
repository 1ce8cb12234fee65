package io.tensorjudge.account;

import io.tensorjudge.common.Busy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exponential back-off for failed staff logins, kept per account and per client address: the first
 * {@value #FREE_FAILURES} failures are free, then each failure blocks that key for 1 s, 2 s, 4 s … at most
 * {@link #MAX_DELAY}. A blocked try is refused before any password is looked at, so guessing costs no hash while
 * blocked and does not count. A key is forgotten {@link #FORGET_AFTER} after its last failure; a successful login
 * clears the account's key (not the address's, so a valid account of one's own does not reset guessing at others).
 * In memory: a restart forgets it, and the map is bounded.
 */
@ApplicationScoped
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** The app's {@link Clock} bean (tests move it forward instead of waiting). */
    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Refuses with {@link Busy} (and the seconds to wait) while the account or the address is blocked. */
    void check(String username, String address) {
        Instant now = clock.instant();
        long wait = Math.max(remaining(accountKey(username), now), remaining(addressKey(address), now));
        if (wait > 0) {
            throw new Busy("Too many failed logins: try again in " + wait + " s.", wait);
        }
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            sweep(now);
        }
        failures.compute(accountKey(username), (key, current) -> next(current, now));
        failures.compute(addressKey(address), (key, current) -> next(current, now));
    }

    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    /** The delay after the {@code count}-th failure in a row: none up to FREE_FAILURES - 1, then 1 s doubling. */
    static Duration delayAfter(int count) {
        if (count < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = count - FREE_FAILURES;
        if (doublings >= 30) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static Failures next(Failures current, Instant now) {
        int count = current == null || forgotten(current, now) ? 1 : current.count() + 1;
        return new Failures(count, now, now.plus(delayAfter(count)));
    }

    private long remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || !now.isBefore(f.blockedUntil())) {
            return 0;
        }
        long millis = Duration.between(now, f.blockedUntil()).toMillis();
        return (millis + 999) / 1000; // whole seconds, rounded up: Retry-After never says "0"
    }

    private static boolean forgotten(Failures f, Instant now) {
        return !now.isBefore(f.last().plus(FORGET_AFTER));
    }

    /** Drops forgotten keys; if an attack from very many addresses still fills the map, the oldest half goes. */
    private void sweep(Instant now) {
        failures.values().removeIf(f -> forgotten(f, now));
        if (failures.size() >= MAX_KEYS) {
            failures.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().last()))
                    .limit(MAX_KEYS / 2).map(Map.Entry::getKey).toList().forEach(failures::remove);
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}

package io.tensorjudge.web;

import io.tensorjudge.config.PracticeConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** The per-client limits of anonymous practice, keyed by the client's address. */
@ApplicationScoped
public class RateLimits {

    private final ClientRateLimiter limiter = new ClientRateLimiter(Clock.systemUTC());
    private final PracticeConfig config;

    RateLimits(PracticeConfig config) {
        this.config = config;
    }

    public void answer(HttpServerRequest request) {
        limiter.acquire(clientOf(request), "answer", config.answerRateLimitPerMinute());
    }

    public void submission(HttpServerRequest request) {
        limiter.acquire(clientOf(request), "submission", config.rateLimitPerMinute());
    }

    /** The remote address (Vert.x already applies X-Forwarded-For when proxy forwarding is configured). */
    public static String clientOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}

package io.tensorjudge.web.staff;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.tensorjudge.account.Roles;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Function;

/**
 * {@code /q/health/*} tells anyone whether the service is up, and only admins why: anonymous callers and staff
 * without ADMIN get {@code {"status":"UP"}} (200) or {@code {"status":"DOWN"}} (503), never the checks and their data
 * (host paths, tool versions, error messages). Probes and load balancers need only the status code.
 */
@ApplicationScoped
class HealthDetails {

    /** After authentication (200) and authorization (100), so the caller's identity can be asked for. */
    static final int PRIORITY = 50;
    static final String ROOT = "/q/health";

    private final SmallRyeHealthReporter reporter;

    HealthDetails(SmallRyeHealthReporter reporter) {
        this.reporter = reporter;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext rc) {
        Function<SmallRyeHealthReporter, SmallRyeHealth> report = reportFor(rc.normalizedPath());
        HttpMethod method = rc.request().method();
        if (report == null || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            rc.next();
            return;
        }
        Context current = Vertx.currentContext();
        Context context = current != null ? current : rc.vertx().getOrCreateContext();
        QuarkusHttpUser.getSecurityIdentity(rc, null)
                .onItemOrFailure().transform((identity, failure) -> failure == null && isAdmin(identity))
                .subscribe().with(admin -> context.runOnContext(ignored -> {
                    if (admin) {
                        rc.next(); // the full report, from Quarkus' own handler
                    } else {
                        statusOnly(rc, report);
                    }
                }));
    }

    private static boolean isAdmin(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.hasRole(Roles.ADMIN);
    }

    private void statusOnly(RoutingContext rc, Function<SmallRyeHealthReporter, SmallRyeHealth> report) {
        // Checks may block (the sandbox self-test waits for its first run): never on the event loop.
        rc.vertx().<Boolean>executeBlocking(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            boolean activated = !requestContext.isActive();
            if (activated) {
                requestContext.activate();
            }
            try {
                return report.apply(reporter).isDown();
            } finally {
                if (activated) {
                    requestContext.terminate();
                }
            }
        }, false).onComplete(result -> {
            boolean down = result.failed() || result.result();
            rc.response().setStatusCode(down ? 503 : 200)
                    .putHeader("Content-Type", "application/json; charset=UTF-8")
                    .putHeader("Cache-Control", "no-store")
                    .end(down ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}");
        });
    }

    /** The report behind each SmallRye Health path, or null for paths that are not health endpoints. */
    static Function<SmallRyeHealthReporter, SmallRyeHealth> reportFor(String path) {
        if (path == null || !path.startsWith(ROOT)) {
            return null;
        }
        String tail = path.substring(ROOT.length());
        String rest = tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail;
        return switch (rest) {
            case "" -> SmallRyeHealthReporter::getHealth;
            case "/live" -> SmallRyeHealthReporter::getLiveness;
            case "/ready" -> SmallRyeHealthReporter::getReadiness;
            case "/started" -> SmallRyeHealthReporter::getStartup;
            case "/well" -> SmallRyeHealthReporter::getWellness;
            case "/group" -> SmallRyeHealthReporter::getHealthGroups;
            default -> rest.startsWith("/group/") && rest.length() > "/group/".length()
                    ? r -> r.getHealthGroup(rest.substring("/group/".length()))
                    : null;
        };
    }
}

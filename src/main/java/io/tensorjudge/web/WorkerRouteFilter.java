package io.tensorjudge.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.tensorjudge.config.RoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * A grading worker ({@code tensorjudge.role=worker}) serves health and metrics only: probes and scrapers reach it,
 * everything else (pages, API, assets, OpenAPI) is 404, so that a worker put behind the balancer by mistake serves
 * nothing. Registered as a Vert.x filter, ahead of every route.
 */
@ApplicationScoped
class WorkerRouteFilter {

    private static final List<String> SERVED = List.of("/q/health", "/q/metrics");
    private static final String NOT_HERE = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"This instance only grades (tensorjudge.role=worker); it serves /q/health and /q/metrics.\"}";

    private final RoleConfig role;

    WorkerRouteFilter(RoleConfig role) {
        this.role = role;
    }

    void register(@Observes Filters filters) {
        if (role.role().serves()) {
            return;
        }
        filters.register(context -> {
            String path = context.normalizedPath();
            if (SERVED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                context.next();
            } else {
                context.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end(NOT_HERE);
            }
        }, Integer.MAX_VALUE);
    }
}

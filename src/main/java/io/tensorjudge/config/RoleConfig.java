package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** What this instance does ({@code tensorjudge.role}, env {@code TENSORJUDGE_ROLE}; docs/operations.md, "Roles"). */
// The prefix is the property itself: a mapping of "tensorjudge" would have to map every tensorjudge.* name (SmallRye
// refuses unmapped ones under a mapping's prefix, e.g. tensorjudge.data-dir).
@ConfigMapping(prefix = "tensorjudge.role")
public interface RoleConfig {

    /**
     * {@code all}: serves and grades (one box, the default); {@code web}: serves pages and the API and queues
     * submissions, never grades; {@code worker}: grades the shared queue and serves only health and metrics.
     */
    @WithParentName
    @WithDefault("all")
    Role role();

    enum Role {
        ALL, WEB, WORKER;

        /** Runs grading workers and keeps the sandbox warm. */
        public boolean grades() {
            return this != WEB;
        }

        /** Serves pages and the API (a worker answers 404 to everything but /q/health and /q/metrics). */
        public boolean serves() {
            return this != WORKER;
        }
    }
}

package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The API's documentation pages (docs/security.md, "Security headers"). */
@ConfigMapping(prefix = "tensorjudge.api")
public interface ApiConfig {

    /**
     * Serve Swagger UI at /q/swagger-ui (application.properties maps it onto quarkus.swagger-ui.enabled). Off by
     * default: it is built on inline script, so while it is on its path gets a looser Content-Security-Policy. The
     * OpenAPI document, /q/openapi, is always served (../shared/spec/api.md).
     */
    @WithDefault("false")
    boolean swaggerUi();
}

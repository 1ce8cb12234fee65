package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The first admin account, created at the first start when no staff account exists yet. */
@ConfigMapping(prefix = "tensorjudge.admin")
public interface AccountConfig {

    @WithDefault("admin")
    String username();

    /** From TENSORJUDGE_ADMIN_PASSWORD; when unset a random one is generated and logged once. */
    Optional<String> password();
}

package io.tensorjudge.account;

import io.quarkus.runtime.StartupEvent;
import io.tensorjudge.config.AccountConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/** Creates the first admin at the first start, so that a fresh install can be logged into. */
@ApplicationScoped
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final AccountConfig config;

    FirstAdmin(AccountService accounts, AccountConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        String password = config.password().filter(p -> !p.isBlank()).orElseGet(FirstAdmin::randomPassword);
        accounts.create(config.username(), "Administrator", password, List.of(Roles.ADMIN));
        if (config.password().isPresent()) {
            LOG.infof("Created the first admin account '%s' (password from tensorjudge.admin.password)", config.username());
        } else {
            // Shown once, like Jenkins' initial password: the operator logs in and adds named accounts.
            LOG.warnf("Created the first admin account '%s' with the generated password %s "
                    + "(set TENSORJUDGE_ADMIN_PASSWORD before the first start to choose it)", config.username(), password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

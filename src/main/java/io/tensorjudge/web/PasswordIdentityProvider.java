package io.tensorjudge.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.common.Busy;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The form login (/j_security_check): the account service checks the password, throttled per account and per
 * client address. A throttled login fails with the {@link Busy} as its cause, which {@code ExceptionMapping} turns
 * into 429 with Retry-After (problem+json for API clients, the login page with the wait for browsers).
 */
@ApplicationScoped
class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AccountService accounts;

    PasswordIdentityProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? "unknown" : RateLimits.clientOf(routing.request());
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            try {
                return accounts.login(request.getUsername(), password, address).map(StaffIdentities::of)
                        .orElseThrow(AuthenticationFailedException::new);
            } catch (Busy throttled) {
                throw new AuthenticationFailedException(throttled);
            }
        });
    }
}

package io.tensorjudge.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import io.tensorjudge.account.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The session cookie: Quarkus has decrypted it and vouches for the name in it (username and session epoch). The
 * account is read again on every request that needs to know who is calling, so a disabled account, or one whose
 * password changed since, stops working at once; its current roles apply.
 */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** Marks the failure for {@code ExceptionMapping}: the session ended (not a wrong password). */
    static final String SESSION_ENDED = "tensorjudge.session-ended";

    private final AccountService accounts;

    SessionIdentityProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts.resume(request.getPrincipal()).map(StaffIdentities::of)
                .orElseThrow(() -> new AuthenticationFailedException("session ended", Map.of(SESSION_ENDED, true))));
    }
}

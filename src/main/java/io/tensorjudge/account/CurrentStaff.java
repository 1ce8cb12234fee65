package io.tensorjudge.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The logged-in member of staff of this request. */
@RequestScoped
public class CurrentStaff {

    private final SecurityIdentity identity;
    private final AccountService accounts;

    CurrentStaff(SecurityIdentity identity, AccountService accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    /** The account, or 401 when nobody is logged in (endpoints with {@code @RolesAllowed} never see that). */
    public StaffMember require() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return accounts.find(username()).orElseThrow(UnauthorizedException::new);
    }

    /** The username of the caller (the session's name without its epoch), or 401. */
    public String username() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return SessionPrincipal.username(identity.getPrincipal().getName());
    }
}

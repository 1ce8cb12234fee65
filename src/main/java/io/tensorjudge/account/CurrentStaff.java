package io.tensorjudge.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The logged-in member of staff of this request, if any. */
@RequestScoped
public class CurrentStaff {

    private final SecurityIdentity identity;
    private final AccountService accounts;

    CurrentStaff(SecurityIdentity identity, AccountService accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    public Optional<StaffAccount> account() {
        return identity.isAnonymous() ? Optional.empty() : accounts.find(identity.getPrincipal().getName());
    }

    /** The account, or 401 when nobody is logged in (endpoints with {@code @RolesAllowed} never see that). */
    public StaffAccount require() {
        return account().orElseThrow(UnauthorizedException::new);
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }
}

package io.tensorjudge.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.AuthenticationFailedException;
import io.tensorjudge.account.Roles;
import io.tensorjudge.account.SessionPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What the layout's top bar shows about the logged-in member of staff ({inject:staffNav...} in templates). Reads
 * only the security identity, never the database: error pages are rendered on the I/O thread.
 */
@Named("staffNav")
@RequestScoped
public class StaffNav {

    private final SecurityIdentity identity;

    StaffNav(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !anonymous();
    }

    public String getName() {
        return anonymous() ? "" : SessionPrincipal.username(identity.getPrincipal().getName());
    }

    public boolean isInterviewer() {
        return !anonymous() && identity.hasRole(Roles.INTERVIEWER);
    }

    public boolean isInstructor() {
        return !anonymous() && identity.hasRole(Roles.INSTRUCTOR);
    }

    public boolean isAdmin() {
        return !anonymous() && identity.hasRole(Roles.ADMIN);
    }

    /** A session that has ended (account disabled, password changed) shows the bar as for a visitor. */
    private boolean anonymous() {
        try {
            return identity.isAnonymous();
        } catch (AuthenticationFailedException ended) {
            return true;
        }
    }
}

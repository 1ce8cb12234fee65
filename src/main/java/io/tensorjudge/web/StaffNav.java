package io.tensorjudge.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.tensorjudge.account.Roles;
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
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isInterviewer() {
        return identity.hasRole(Roles.INTERVIEWER);
    }

    public boolean isInstructor() {
        return identity.hasRole(Roles.INSTRUCTOR);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}

package io.tensorjudge.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.tensorjudge.account.StaffSession;
import java.util.Set;

/**
 * The security identity of a member of staff: the session's name (username and epoch, which Quarkus seals into the
 * cookie; {@code account.SessionPrincipal}) and the account's roles.
 */
final class StaffIdentities {

    private StaffIdentities() {
    }

    static SecurityIdentity of(StaffSession session) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(session.principal()))
                .addRoles(Set.copyOf(session.member().roles())).build();
    }
}

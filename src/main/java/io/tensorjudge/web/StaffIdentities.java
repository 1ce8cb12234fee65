package io.tensorjudge.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.tensorjudge.account.StaffMember;

/** The security identity of a member of staff: their username and roles. */
final class StaffIdentities {

    private StaffIdentities() {
    }

    static SecurityIdentity of(StaffMember member) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(member.username()))
                .addRoles(java.util.Set.copyOf(member.roles())).build();
    }
}

package io.tensorjudge.account;

import java.time.Instant;
import java.util.List;

/**
 * A staff account as other packages see it: who, with which roles, and whether it is disabled; never the password
 * hash or the session epoch.
 */
public record StaffMember(long id, String username, String displayName, List<String> roles, Instant createdAt,
        boolean disabled) {

    static StaffMember of(StaffAccount account) {
        return new StaffMember(account.id, account.username, account.displayName, account.roleList(),
                account.createdAt, account.disabled);
    }
}

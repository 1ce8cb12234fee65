package io.tensorjudge.account;

import java.time.Instant;
import java.util.List;

/** A staff account as other packages see it: who, and with which roles; never the password hash. */
public record StaffMember(long id, String username, String displayName, List<String> roles, Instant createdAt) {

    static StaffMember of(StaffAccount account) {
        return new StaffMember(account.id, account.username, account.displayName, account.roleList(),
                account.createdAt);
    }
}

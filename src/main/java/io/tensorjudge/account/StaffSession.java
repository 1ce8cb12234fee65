package io.tensorjudge.account;

/** A logged-in member of staff: the account and the name their session cookie carries ({@link SessionPrincipal}). */
public record StaffSession(StaffMember member, String principal) {

    static StaffSession of(StaffAccount account) {
        return new StaffSession(StaffMember.of(account), SessionPrincipal.of(account.username, account.sessionEpoch));
    }
}

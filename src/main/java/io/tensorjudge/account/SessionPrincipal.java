package io.tensorjudge.account;

/**
 * The name a session cookie carries: the username, and the account's session epoch when it is not 0
 * ({@code alice~3}). Quarkus seals only this name in the cookie and hands it back on every request, so the epoch
 * travels inside the encrypted cookie; {@link AccountService#resume} accepts it only while the account's epoch is
 * still that one. '~' cannot occur in a username.
 */
public final class SessionPrincipal {

    private static final char SEPARATOR = '~';

    private SessionPrincipal() {
    }

    static String of(String username, int epoch) {
        return epoch == 0 ? username : username + SEPARATOR + epoch;
    }

    /** The username in a session's name (what to show and to record as author). */
    public static String username(String principal) {
        int at = principal.lastIndexOf(SEPARATOR);
        return at < 0 ? principal : principal.substring(0, at);
    }

    /** The epoch in a session's name, or -1 when it is not a number (never a valid epoch). */
    static int epoch(String principal) {
        int at = principal.lastIndexOf(SEPARATOR);
        if (at < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(principal.substring(at + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

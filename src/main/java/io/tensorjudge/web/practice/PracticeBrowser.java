package io.tensorjudge.web.practice;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Practice history belongs to the browser, not to the client address (many candidates share an office's address):
 * a random id in an HttpOnly cookie, set on the first practice submission or answer. Only that browser's own
 * submissions are listed to it. A cookie value that is not one of ours is ignored and replaced.
 */
public final class PracticeBrowser {

    public static final String COOKIE = "tj-practice";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final boolean minted;

    private PracticeBrowser(String id, boolean minted) {
        this.id = id;
        this.minted = minted;
    }

    /** The browser's id from its cookie, if it carries a valid one (reading history never creates one). */
    public static Optional<String> known(String cookie) {
        return cookie != null && ID.matcher(cookie).matches() ? Optional.of(cookie) : Optional.empty();
    }

    /** The browser's id, or a new one (128 random bits) to be set with {@link #remember}. */
    public static PracticeBrowser of(String cookie) {
        return known(cookie).map(id -> new PracticeBrowser(id, false)).orElseGet(() -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            return new PracticeBrowser(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
        });
    }

    public String id() {
        return id;
    }

    /** The cookie to set when the id is new: a year long, HttpOnly, SameSite=Lax, whole site. */
    public Optional<NewCookie> cookie() {
        return minted ? Optional.of(new NewCookie.Builder(COOKIE).value(id).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build()) : Optional.empty();
    }

    /** Adds {@link #cookie()} to a response when the id is new. */
    public Response.ResponseBuilder remember(Response.ResponseBuilder response) {
        cookie().ifPresent(response::cookie);
        return response;
    }

    public Response remember(Response response) {
        return minted ? remember(Response.fromResponse(response)).build() : response;
    }
}

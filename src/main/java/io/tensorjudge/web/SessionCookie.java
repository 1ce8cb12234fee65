package io.tensorjudge.web;

import jakarta.ws.rs.core.NewCookie;

/** The staff session cookie (quarkus.http.auth.form.cookie-name): the session is the cookie, so ending it expires it. */
public final class SessionCookie {

    public static final String NAME = "tj-session";

    private SessionCookie() {
    }

    public static NewCookie expired() {
        return new NewCookie.Builder(NAME).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}

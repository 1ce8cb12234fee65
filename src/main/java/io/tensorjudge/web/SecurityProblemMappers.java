package io.tensorjudge.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401/403 for the API as problem+json (spec: "not allowed for this user"); for pages a redirect to the login page
 * or a short readable refusal. Works because authentication is lazy (quarkus.http.auth.proactive=false).
 */
class SecurityProblemMappers {

    /** The cookie Quarkus' form login reads to send the user back where they were going. */
    private static final String REDIRECT_COOKIE = "quarkus-redirect-location";

    /** A wrong username or password at /j_security_check (with lazy authentication it arrives here). */
    @ServerExceptionMapper
    Response loginFailed(AuthenticationFailedException e, UriInfo uri) {
        if (isApi(uri)) {
            return Problem.response(Response.Status.UNAUTHORIZED, "Wrong username or password.");
        }
        return Response.seeOther(URI.create("/login/failed")).build();
    }

    @ServerExceptionMapper
    Response notLoggedIn(UnauthorizedException e, UriInfo uri) {
        if (isApi(uri)) {
            return Problem.response(Response.Status.UNAUTHORIZED, "Log in first.");
        }
        NewCookie backHere = new NewCookie.Builder(REDIRECT_COOKIE).value(uri.getRequestUri().toString())
                .path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/login")).cookie(backHere).build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your account may not do this." : e.getMessage();
        if (isApi(uri)) {
            return Problem.response(Response.Status.FORBIDDEN, detail);
        }
        Lang lang = Pages.lang(null, headers.getCookies().containsKey(Pages.LANG_COOKIE)
                ? headers.getCookies().get(Pages.LANG_COOKIE).getValue() : null);
        return Pages.render(StaffPage.Templates.forbidden(Pages.context(lang, uri), detail), lang, null, 403);
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}

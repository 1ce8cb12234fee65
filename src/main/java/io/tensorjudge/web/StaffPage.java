package io.tensorjudge.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Staff entry pages: log in (the form posts to Quarkus' /j_security_check), log out, and the staff start page. */
@PermitAll
@Path("/")
public class StaffPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageContext page, boolean failed, long wait);

        static native TemplateInstance home(PageContext page);

        static native TemplateInstance forbidden(PageContext page, String detail);
    }

    static final String SESSION_COOKIE = "tj-session";

    @GET
    @Path("login")
    public Response login(@QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        return Pages.render(Templates.login(Pages.context(lang, uri), false, 0), lang, queryLang, 200);
    }

    /**
     * Where the form login sends a wrong username or password (quarkus.http.auth.form.error-page), and a throttled
     * login with the seconds to wait ({@code wait}; 429 with Retry-After).
     */
    @GET
    @Path("login/failed")
    public Response loginFailed(@QueryParam("wait") long wait, @QueryParam("lang") String queryLang,
            @CookieParam(Pages.LANG_COOKIE) String cookieLang, @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        long seconds = Math.max(0, Math.min(wait, MAX_WAIT_SHOWN));
        Response page = Pages.render(Templates.login(Pages.context(lang, uri), seconds == 0, seconds), lang,
                queryLang, seconds == 0 ? 401 : 429);
        return seconds == 0 ? page : Response.fromResponse(page).header("Retry-After", seconds).build();
    }

    /** The throttle never asks for more than 15 minutes; a longer "wait" in the address is not ours. */
    private static final long MAX_WAIT_SHOWN = 15 * 60;

    /** The session is a cookie (no server state), so logging out is expiring it. */
    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }

    @GET
    @Path("staff")
    @Authenticated
    public Response home(@QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        return Pages.render(Templates.home(Pages.context(lang, uri)), lang, queryLang, 200);
    }
}

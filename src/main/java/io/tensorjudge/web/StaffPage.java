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
        static native TemplateInstance login(PageContext page, boolean failed);

        static native TemplateInstance home(PageContext page);

        static native TemplateInstance forbidden(PageContext page, String detail);
    }

    static final String SESSION_COOKIE = "tj-session";

    @GET
    @Path("login")
    public Response login(@QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        return Pages.render(Templates.login(Pages.context(lang, uri), false), lang, queryLang, 200);
    }

    /** Where the form login sends a wrong username or password (quarkus.http.auth.form.error-page). */
    @GET
    @Path("login/failed")
    public Response loginFailed(@QueryParam("lang") String queryLang,
            @CookieParam(Pages.LANG_COOKIE) String cookieLang, @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        return Pages.render(Templates.login(Pages.context(lang, uri), true), lang, queryLang, 401);
    }

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

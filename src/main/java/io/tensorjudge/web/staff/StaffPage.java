package io.tensorjudge.web.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.Invalid;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import io.tensorjudge.web.RateLimits;
import io.tensorjudge.web.SessionCookie;

/**
 * Staff entry pages: log in (the form posts to Quarkus' /j_security_check), log out, the staff start page and
 * changing one's own password.
 */
@PermitAll
@Path("/")
public class StaffPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageContext page, boolean failed, long wait, boolean changed);

        static native TemplateInstance home(PageContext page);

        static native TemplateInstance password(PageContext page, List<FieldProblem> errors);
    }

    private final AccountService accounts;
    private final CurrentStaff current;
    private final Pages pages;

    StaffPage(AccountService accounts, CurrentStaff current, Pages pages) {
        this.accounts = accounts;
        this.current = current;
        this.pages = pages;
    }

    @GET
    @Path("login")
    public Response login(@QueryParam("changed") boolean changed) {
        return pages.render(Templates.login(pages.context(), false, 0, changed), 200);
    }

    /**
     * Where the form login sends a wrong username or password (quarkus.http.auth.form.error-page), and a throttled
     * login with the seconds to wait ({@code wait}; 429 with Retry-After).
     */
    @GET
    @Path("login/failed")
    public Response loginFailed(@QueryParam("wait") long wait) {
        long seconds = Math.max(0, Math.min(wait, MAX_WAIT_SHOWN));
        Response page = pages.render(Templates.login(pages.context(), seconds == 0, seconds, false),
                seconds == 0 ? 401 : 429);
        return seconds == 0 ? page : Response.fromResponse(page).header("Retry-After", seconds).build();
    }

    /** The throttle never asks for more than 15 minutes; a longer "wait" in the address is not ours. */
    private static final long MAX_WAIT_SHOWN = 15 * 60;

    /** The session is a cookie (no server state), so logging out is expiring it. */
    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/")).cookie(SessionCookie.expired()).build();
    }

    @GET
    @Path("staff")
    @Authenticated
    public Response home() {
        return pages.render(Templates.home(pages.context()), 200);
    }

    @GET
    @Path("staff/password")
    @Authenticated
    public Response passwordForm() {
        return pages.render(Templates.password(pages.context(), List.of()), 200);
    }

    /** A changed password ends every session of the account, this one too: on to the login page. */
    @POST
    @Path("staff/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
            @Context HttpServerRequest http) {
        try {
            accounts.changeOwnPassword(current.username(), currentPassword, newPassword, RateLimits.clientOf(http));
        } catch (Invalid e) {
            return pages.render(Templates.password(pages.context(), e.fields()), 400);
        }
        return Response.seeOther(URI.create("/login?changed=true")).cookie(SessionCookie.expired()).build();
    }

}

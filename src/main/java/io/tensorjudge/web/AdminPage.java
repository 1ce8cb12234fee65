package io.tensorjudge.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.account.StaffMember;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.Invalid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Admin page: the staff list, a form to add a member of staff, and per account: disable or enable it, set a new
 * password (both end the account's sessions).
 */
@Path("/admin/staff")
@RolesAllowed(Roles.ADMIN)
public class AdminPage {

    /** A staff row as the page shows it. */
    public record StaffRow(String username, String displayName, List<String> roles, String createdAt,
            boolean disabled, boolean self) {
        static StaffRow of(StaffMember account, String currentUser) {
            return new StaffRow(account.username(), account.displayName(), account.roles(),
                    account.createdAt().toString().substring(0, 10), account.disabled(),
                    account.username().equals(currentUser));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staff(PageContext page, List<StaffRow> staff, List<String> roles,
                List<FieldProblem> errors, String created, String updated);
    }

    private final AccountService accounts;
    private final CurrentStaff current;

    AdminPage(AccountService accounts, CurrentStaff current) {
        this.accounts = accounts;
        this.current = current;
    }

    @GET
    public Response list(@QueryParam("created") String created, @QueryParam("updated") String updated,
            @QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        return render(lang, queryLang, uri, List.of(), created, updated, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String username, @RestForm String displayName, @RestForm String password,
            @RestForm List<String> roles, @CookieParam(Pages.LANG_COOKIE) String cookieLang, @Context UriInfo uri) {
        try {
            StaffMember account = accounts.create(username, displayName, password, roles);
            // Post/redirect/get: a reload does not post the form again.
            return Response.seeOther(URI.create("/admin/staff?created=" + account.username())).build();
        } catch (Invalid e) {
            return render(Pages.lang(null, cookieLang), null, uri, e.fields(), null, null, 400);
        }
    }

    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("username") String username, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        try {
            return updated(accounts.setDisabled(username, true, current.username()));
        } catch (Conflict e) {
            return render(Pages.lang(null, cookieLang), null, uri,
                    List.of(new FieldProblem(username, e.getMessage())), null, null, 409);
        }
    }

    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("username") String username) {
        return updated(accounts.setDisabled(username, false, current.username()));
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPassword(@PathParam("username") String username, @RestForm String newPassword,
            @CookieParam(Pages.LANG_COOKIE) String cookieLang, @Context UriInfo uri) {
        try {
            return updated(accounts.setPassword(username, newPassword));
        } catch (Invalid e) {
            List<FieldProblem> errors = e.fields().stream()
                    .map(f -> new FieldProblem(username + " " + f.field(), f.message())).toList();
            return render(Pages.lang(null, cookieLang), null, uri, errors, null, null, 400);
        }
    }

    private static Response updated(StaffMember account) {
        return Response.seeOther(URI.create("/admin/staff?updated="
                + URLEncoder.encode(account.username(), StandardCharsets.UTF_8))).build();
    }

    private Response render(Lang lang, String queryLang, UriInfo uri, List<FieldProblem> errors,
            String created, String updated, int status) {
        String me = current.username();
        List<StaffRow> rows = accounts.list().stream().map(a -> StaffRow.of(a, me)).toList();
        return Pages.render(Templates.staff(Pages.context(lang, uri), rows, Roles.ALL, errors, created, updated),
                lang, queryLang, status);
    }
}

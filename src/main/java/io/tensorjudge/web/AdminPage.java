package io.tensorjudge.web;

import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.Invalid;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.Roles;
import io.tensorjudge.account.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** Admin page: the staff list and a form to add a member of staff. */
@Path("/admin/staff")
@RolesAllowed(Roles.ADMIN)
public class AdminPage {

    /** A staff row as the page shows it. */
    public record StaffRow(String username, String displayName, List<String> roles, String createdAt) {
        static StaffRow of(StaffMember account) {
            return new StaffRow(account.username(), account.displayName(), account.roles(),
                    account.createdAt().toString().substring(0, 10));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staff(PageContext page, List<StaffRow> staff, List<String> roles,
                List<FieldProblem> errors, String created);
    }

    private final AccountService accounts;

    AdminPage(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public Response list(@QueryParam("created") String created, @QueryParam("lang") String queryLang,
            @CookieParam(Pages.LANG_COOKIE) String cookieLang, @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        return render(lang, queryLang, uri, List.of(), created, 200);
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
            return render(Pages.lang(null, cookieLang), null, uri, e.fields(), null, 400);
        }
    }

    private Response render(Lang lang, String queryLang, UriInfo uri, List<FieldProblem> errors,
            String created, int status) {
        List<StaffRow> rows = accounts.list().stream().map(StaffRow::of).toList();
        return Pages.render(Templates.staff(Pages.context(lang, uri), rows, Roles.ALL, errors, created), lang,
                queryLang, status);
    }
}

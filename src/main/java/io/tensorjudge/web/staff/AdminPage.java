package io.tensorjudge.web.staff;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;

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
    private final Pages pages;

    AdminPage(AccountService accounts, CurrentStaff current, Pages pages) {
        this.accounts = accounts;
        this.current = current;
        this.pages = pages;
    }

    @GET
    public Response list(@QueryParam("created") String created, @QueryParam("updated") String updated) {
        return render(List.of(), created, updated, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String username, @RestForm String displayName, @RestForm String password,
            @RestForm List<String> roles) {
        try {
            StaffMember account = accounts.create(username, displayName, password, roles);
            // Post/redirect/get: a reload does not post the form again.
            return Response.seeOther(URI.create("/admin/staff?created=" + account.username())).build();
        } catch (Invalid e) {
            return render(e.fields(), null, null, 400);
        }
    }

    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("username") String username) {
        try {
            return updated(accounts.setDisabled(username, true, current.username()));
        } catch (Conflict e) {
            return render(List.of(new FieldProblem(username, e.getMessage())), null, null, 409);
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
    public Response setPassword(@PathParam("username") String username, @RestForm String newPassword) {
        try {
            return updated(accounts.setPassword(username, newPassword));
        } catch (Invalid e) {
            List<FieldProblem> errors = e.fields().stream()
                    .map(f -> new FieldProblem(username + " " + f.field(), f.message())).toList();
            return render(errors, null, null, 400);
        }
    }

    private static Response updated(StaffMember account) {
        return Response.seeOther(URI.create("/admin/staff?updated="
                + URLEncoder.encode(account.username(), StandardCharsets.UTF_8))).build();
    }

    private Response render(List<FieldProblem> errors, String created, String updated, int status) {
        String me = current.username();
        List<StaffRow> rows = accounts.list().stream().map(a -> StaffRow.of(a, me)).toList();
        return pages.render(Templates.staff(pages.context(), rows, Roles.ALL, errors, created, updated), status);
    }
}

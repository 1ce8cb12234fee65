package io.tensorjudge.web;

import io.quarkus.security.Authenticated;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.AccountService.InvalidAccountException;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.account.StaffAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Staff accounts over the API: who am I, and (admins) list and add staff. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    public record StaffView(String username, String displayName, List<String> roles) {
        static StaffView of(StaffAccount account) {
            return new StaffView(account.username, account.displayName, account.roleList());
        }
    }

    public record NewStaffRequest(@NotNull String username, String displayName, @NotNull String password,
            @NotNull List<String> roles) {
    }

    private final AccountService accounts;
    private final CurrentStaff current;

    StaffResource(AccountService accounts, CurrentStaff current) {
        this.accounts = accounts;
        this.current = current;
    }

    @GET
    @Path("staff/me")
    @Authenticated
    public StaffView me() {
        return StaffView.of(current.require());
    }

    @GET
    @Path("admin/staff")
    @RolesAllowed(Roles.ADMIN)
    public List<StaffView> list() {
        return accounts.list().stream().map(StaffView::of).toList();
    }

    @POST
    @Path("admin/staff")
    @RolesAllowed(Roles.ADMIN)
    public Response add(@NotNull @jakarta.validation.Valid NewStaffRequest request) {
        StaffAccount account = accounts.create(request.username(), request.displayName(), request.password(),
                request.roles());
        return Response.created(URI.create("/api/v1/admin/staff/" + account.username))
                .entity(StaffView.of(account)).build();
    }

    @ServerExceptionMapper
    Response invalid(InvalidAccountException e) {
        return Problem.response(400, "Bad Request", e.getMessage(),
                e.errors.stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList());
    }
}

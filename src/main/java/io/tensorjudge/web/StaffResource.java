package io.tensorjudge.web;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.PathParam;
import io.tensorjudge.common.NotFound;
import io.quarkus.security.Authenticated;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.account.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Staff accounts over the API: who am I, and (admins) list and add staff. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    public record StaffView(String username, String displayName, List<String> roles) {
        static StaffView of(StaffMember account) {
            return new StaffView(account.username(), account.displayName(), account.roles());
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

    @GET
    @Path("admin/staff/{username}")
    @RolesAllowed(Roles.ADMIN)
    public StaffView one(@PathParam("username") String username) {
        return accounts.find(username).map(StaffView::of)
                .orElseThrow(() -> NotFound.of("staff account", username));
    }

    @POST
    @Path("admin/staff")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names the new account")
    public Response add(@NotNull @jakarta.validation.Valid NewStaffRequest request) {
        StaffMember account = accounts.create(request.username(), request.displayName(), request.password(),
                request.roles());
        return Locations.created("/api/v1/admin/staff/" + account.username(), StaffView.of(account));
    }
}

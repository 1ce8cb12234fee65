package io.tensorjudge.web.staff;

import io.quarkus.security.Authenticated;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.account.StaffMember;
import io.tensorjudge.common.NotFound;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.tensorjudge.web.Locations;
import io.tensorjudge.web.RateLimits;

/**
 * Staff accounts over the API: who am I and change my password; (admins) list and add staff, set a new password,
 * disable and enable accounts.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    public record StaffView(String username, String displayName, List<String> roles, boolean disabled) {
        static StaffView of(StaffMember account) {
            return new StaffView(account.username(), account.displayName(), account.roles(), account.disabled());
        }
    }

    public record NewStaffRequest(@NotNull String username, String displayName, @NotNull String password,
            @NotNull List<String> roles) {
    }

    public record PasswordChangeRequest(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    public record NewPasswordRequest(@NotNull String password) {
    }

    public record DisabledRequest(@NotNull Boolean disabled) {
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

    /** Ends every session of the account, this one included: log in again with the new password. */
    @POST
    @Path("staff/me/password")
    @Authenticated
    @APIResponse(responseCode = "204", description = "Changed; every session of the account has ended")
    public Response changePassword(@NotNull @Valid PasswordChangeRequest request, @Context HttpServerRequest http) {
        accounts.changeOwnPassword(current.username(), request.currentPassword(), request.newPassword(),
                RateLimits.clientOf(http));
        return Response.noContent().build();
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
    public Response add(@NotNull @Valid NewStaffRequest request) {
        StaffMember account = accounts.create(request.username(), request.displayName(), request.password(),
                request.roles());
        return Locations.created("/api/v1/admin/staff/" + account.username(), StaffView.of(account));
    }

    @PUT
    @Path("admin/staff/{username}/password")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Set; the account's sessions have ended")
    public Response setPassword(@PathParam("username") String username, @NotNull @Valid NewPasswordRequest request) {
        accounts.setPassword(username, request.password());
        return Response.noContent().build();
    }

    /** PUT with a JSON body: no cross-site form can send it. */
    @PUT
    @Path("admin/staff/{username}/disabled")
    @RolesAllowed(Roles.ADMIN)
    public StaffView setDisabled(@PathParam("username") String username, @NotNull @Valid DisabledRequest request) {
        return StaffView.of(accounts.setDisabled(username, request.disabled(), current.username()));
    }
}

package io.tensorjudge.web.staff;

import io.tensorjudge.account.Roles;
import io.tensorjudge.operations.BackupFile;
import io.tensorjudge.operations.DatabaseBackup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.tensorjudge.web.Locations;

/** Online backups of the embedded database (admins): make one, list them, download one. */
@Path("/api/v1/admin/backups")
@RolesAllowed(Roles.ADMIN)
public class BackupResource {

    private final DatabaseBackup backups;

    BackupResource(DatabaseBackup backups) {
        this.backups = backups;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Written; Location downloads it")
    @APIResponse(responseCode = "409", description = "The server runs on PostgreSQL: use pg_dump")
    public Response create() {
        BackupFile backup = backups.create();
        return Locations.created("/api/v1/admin/backups/" + backup.name(), backup);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<BackupFile> list() {
        return backups.list();
    }

    @GET
    @Path("{name}")
    @Produces("application/zip")
    public Response download(@PathParam("name") String name) {
        return Response.ok(backups.file(name).toFile())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").build();
    }
}

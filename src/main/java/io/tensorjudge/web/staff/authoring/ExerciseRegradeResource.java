package io.tensorjudge.web.staff.authoring;

import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.grading.RegradeService;
import io.tensorjudge.grading.RegradeSummary;
import io.tensorjudge.web.Locations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Regrades of an exercise's practice submissions against its current version (docs/api-extensions.md, Regrades):
 * a dry run (202, graded in the queue at low priority), its changes, then apply. Instructors, as all of authoring.
 */
@Path("/api/v1/authoring/exercises/{id}/regrades")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INSTRUCTOR)
public class ExerciseRegradeResource {

    private final RegradeService regrades;
    private final CurrentStaff staff;

    ExerciseRegradeResource(RegradeService regrades, CurrentStaff staff) {
        this.regrades = regrades;
        this.staff = staff;
    }

    @POST
    public Response dryRun(@PathParam("id") String id) {
        RegradeSummary run = regrades.dryRunPractice(id, staff.username());
        return Locations.accepted("/api/v1/authoring/exercises/" + id + "/regrades/" + run.id(), run);
    }

    @GET
    public List<RegradeSummary> list(@PathParam("id") String id) {
        return regrades.runs(RegradeService.practiceScope(id));
    }

    @GET
    @Path("{runId}")
    public RegradeSummary get(@PathParam("id") String id, @PathParam("runId") long runId) {
        return regrades.find(runId, RegradeService.practiceScope(id));
    }

    @POST
    @Path("{runId}/apply")
    public RegradeSummary apply(@PathParam("id") String id, @PathParam("runId") long runId) {
        return regrades.apply(runId, RegradeService.practiceScope(id), staff.username());
    }
}

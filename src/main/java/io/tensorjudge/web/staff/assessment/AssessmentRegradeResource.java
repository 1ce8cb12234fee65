package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.assessment.AssessmentRegrades;
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
 * Regrades of an assessment's scored submissions against the exercises' current versions (docs/api-extensions.md,
 * Regrades): dry run, its changes, apply. Interviewers who own or share the assessment (else 403).
 */
@Path("/api/v1/assessments/{id}/regrades")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTERVIEWER)
public class AssessmentRegradeResource {

    private final AssessmentRegrades regrades;
    private final CurrentStaff staff;

    AssessmentRegradeResource(AssessmentRegrades regrades, CurrentStaff staff) {
        this.regrades = regrades;
        this.staff = staff;
    }

    @POST
    public Response dryRun(@PathParam("id") long id) {
        RegradeSummary run = regrades.dryRun(id, staff.require());
        return Locations.accepted("/api/v1/assessments/" + id + "/regrades/" + run.id(), run);
    }

    @GET
    public List<RegradeSummary> list(@PathParam("id") long id) {
        return regrades.runs(id, staff.require());
    }

    @GET
    @Path("{runId}")
    public RegradeSummary get(@PathParam("id") long id, @PathParam("runId") long runId) {
        return regrades.find(id, runId, staff.require());
    }

    @POST
    @Path("{runId}/apply")
    public RegradeSummary apply(@PathParam("id") long id, @PathParam("runId") long runId) {
        return regrades.apply(id, runId, staff.require());
    }
}

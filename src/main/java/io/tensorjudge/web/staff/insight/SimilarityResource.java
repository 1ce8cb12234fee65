package io.tensorjudge.web.staff.insight;

import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.statistics.AssessmentSimilarityService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The similarity report of an assessment as JSON, for its owner and the interviewers it is shared with. */
@Path("/api/v1/assessments/{assessmentId}/similarity")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarityResource {

    private final AssessmentSimilarityService similarity;
    private final CurrentStaff staff;

    SimilarityResource(AssessmentSimilarityService similarity, CurrentStaff staff) {
        this.similarity = similarity;
        this.staff = staff;
    }

    @GET
    @RolesAllowed(Roles.INTERVIEWER)
    public SimilarityView report(@PathParam("assessmentId") long assessmentId,
            @QueryParam("threshold") Double threshold) {
        return SimilarityView.of(similarity.report(assessmentId, staff.require(), Thresholds.valid(threshold)));
    }
}

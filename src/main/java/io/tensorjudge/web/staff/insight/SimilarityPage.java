package io.tensorjudge.web.staff.insight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.statistics.AssessmentSimilarityService;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The interviewer's similarity report of an assessment and the side-by-side view of one pair. */
@Path("/assessments/{assessmentId}/similarity")
public class SimilarityPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(PageContext page, SimilarityView report);

        static native TemplateInstance compare(PageContext page, SideBySideView view);
    }

    private final AssessmentSimilarityService similarity;
    private final CurrentStaff staff;
    private final Pages pages;

    SimilarityPage(AssessmentSimilarityService similarity, CurrentStaff staff, Pages pages) {
        this.similarity = similarity;
        this.staff = staff;
        this.pages = pages;
    }

    @GET
    @RolesAllowed(Roles.INTERVIEWER)
    public Response report(@PathParam("assessmentId") long assessmentId, @QueryParam("threshold") Double threshold) {
        SimilarityView view = SimilarityView.of(
                similarity.report(assessmentId, staff.require(), Thresholds.valid(threshold)));
        return pages.render(Templates.report(pages.context(), view), 200);
    }

    @GET
    @Path("{itemId}/{leftAttemptId}/{rightAttemptId}")
    @RolesAllowed(Roles.INTERVIEWER)
    public Response compare(@PathParam("assessmentId") long assessmentId, @PathParam("itemId") long itemId,
            @PathParam("leftAttemptId") long leftAttemptId, @PathParam("rightAttemptId") long rightAttemptId) {
        SideBySideView view = similarity.compare(assessmentId, itemId, leftAttemptId, rightAttemptId, staff.require())
                .map(SideBySideView::of)
                .orElseThrow(() -> new NotFoundException("No code to compare for these attempts and item."));
        return pages.render(Templates.compare(pages.context(), view), 200);
    }
}

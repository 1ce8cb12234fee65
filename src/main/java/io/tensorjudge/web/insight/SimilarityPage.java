package io.tensorjudge.web.insight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.statistics.AssessmentSimilarityService;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

    SimilarityPage(AssessmentSimilarityService similarity, CurrentStaff staff) {
        this.similarity = similarity;
        this.staff = staff;
    }

    @GET
    @RolesAllowed(Roles.INTERVIEWER)
    public Response report(@PathParam("assessmentId") long assessmentId, @QueryParam("threshold") Double threshold,
            @QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        SimilarityView view = SimilarityView.of(
                similarity.report(assessmentId, staff.require(), Thresholds.valid(threshold)));
        return Pages.render(Templates.report(Pages.context(lang, uri), view), lang, queryLang, 200);
    }

    @GET
    @Path("{itemId}/{leftAttemptId}/{rightAttemptId}")
    @RolesAllowed(Roles.INTERVIEWER)
    public Response compare(@PathParam("assessmentId") long assessmentId, @PathParam("itemId") long itemId,
            @PathParam("leftAttemptId") long leftAttemptId, @PathParam("rightAttemptId") long rightAttemptId,
            @QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        SideBySideView view = similarity.compare(assessmentId, itemId, leftAttemptId, rightAttemptId, staff.require())
                .map(SideBySideView::of)
                .orElseThrow(() -> new NotFoundException("No code to compare for these attempts and item."));
        return Pages.render(Templates.compare(Pages.context(lang, uri), view), lang, queryLang, 200);
    }
}

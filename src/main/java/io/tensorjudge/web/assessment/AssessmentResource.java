package io.tensorjudge.web.assessment;

import io.tensorjudge.web.Locations;
import java.util.HashSet;
import java.util.Set;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.assessment.Assessment;
import io.tensorjudge.assessment.AssessmentService;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.AttemptResult;
import io.tensorjudge.assessment.AttemptReview;
import io.tensorjudge.assessment.AttemptScorer;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.SavedWork;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.assessment.ChoiceOrder;
import io.tensorjudge.assessment.ReviewService;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The interviewer API: assessments, invites, results, CSV export and reviews. Owner or shared-with only (else 403). */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTERVIEWER)
public class AssessmentResource {

    public record ShareRequest(List<String> usernames) {
    }

    private final AccountService accounts;
    private final AssessmentService assessments;
    private final AttemptService attempts;
    private final AttemptScorer scorer;
    private final ReviewService reviews;
    private final CandidateWorkService work;
    private final CurrentStaff staff;
    private final ItemTitles titles;

    AssessmentResource(AssessmentService assessments, AttemptService attempts, AttemptScorer scorer,
            ReviewService reviews, CandidateWorkService work, CurrentStaff staff, ItemTitles titles, AccountService accounts) {
        this.accounts = accounts;
        this.assessments = assessments;
        this.attempts = attempts;
        this.scorer = scorer;
        this.reviews = reviews;
        this.work = work;
        this.staff = staff;
        this.titles = titles;
    }

    @GET
    public List<AssessmentView> list(@CookieParam(Pages.LANG_COOKIE) String lang) {
        return assessments.listFor(staff.require()).stream().map(a -> view(a, lang)).toList();
    }

    @POST
    public Response create(AssessmentRequest request, @CookieParam(Pages.LANG_COOKIE) String lang) {
        Assessment created = assessments.create(staff.require(), requireBody(request).toDraft());
        return Locations.created("/api/v1/assessments/" + created.id, view(created, lang));
    }

    @GET
    @Path("{id}")
    public AssessmentView get(@PathParam("id") long id, @CookieParam(Pages.LANG_COOKIE) String lang) {
        return view(assessments.requireVisible(id, staff.require()), lang);
    }

    @PUT
    @Path("{id}")
    public AssessmentView update(@PathParam("id") long id, AssessmentRequest request,
            @CookieParam(Pages.LANG_COOKIE) String lang) {
        return view(assessments.update(id, staff.require(), requireBody(request).toDraft()), lang);
    }

    @PUT
    @Path("{id}/shares")
    public AssessmentView share(@PathParam("id") long id, ShareRequest request,
            @CookieParam(Pages.LANG_COOKIE) String lang) {
        return view(assessments.share(id, staff.require(), request == null ? List.of() : request.usernames()), lang);
    }

    @POST
    @Path("{id}/invites")
    public Response invite(@PathParam("id") long id, InviteView.InviteRequest request, @Context UriInfo uri) {
        InviteView.InviteRequest body = request == null ? new InviteView.InviteRequest(null, null) : request;
        var invitation = attempts.invite(id, staff.require(), body.name(), body.email());
        return Response.status(201).entity(InviteView.of(invitation, uri.getBaseUri().toString())).build();
    }

    @GET
    @Path("{id}/attempts")
    public List<AttemptSummaryView> attempts(@PathParam("id") long id) {
        return results(id).stream().map(AttemptSummaryView::of).toList();
    }

    @GET
    @Path("{id}/attempts/{attemptId}")
    public AttemptDetailView attempt(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
            @CookieParam(Pages.LANG_COOKIE) String lang) {
        return detail(id, attemptId, Pages.lang(null, lang));
    }

    @PUT
    @Path("{id}/attempts/{attemptId}/review")
    public AttemptDetailView.ReviewView review(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
            AttemptDetailView.ReviewView.ReviewRequest request) {
        requireAttemptOf(id, attemptId);
        AttemptReview.Recommendation recommendation = parse(request == null ? null : request.recommendation());
        return AttemptDetailView.ReviewView.of(reviews.save(attemptId, staff.require(),
                request == null ? null : request.notes(), recommendation));
    }

    @GET
    @Path("{id}/results.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        String body = ResultsCsv.of(assessments.items(id, staff.require()), results(id));
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"assessment-" + id + "-results.csv\"").build();
    }

    /** Shared with the review page: the detail of one attempt of assessment {@code id}. */
    AttemptDetailView detail(long id, long attemptId, Lang lang) {
        var attempt = requireAttemptOf(id, attemptId);
        AttemptResult result = scorer.score(attempt);
        Map<Long, SavedWork> saved = work.savedWork(attempt).stream()
                .collect(Collectors.toMap(SavedWork::itemId, Function.identity()));
        var items = result.items().stream()
                .map(r -> AttemptDetailView.item(r, titles.title(r.item().kind(), r.item().refId(), lang), saved,
                        work.choiceOrder(attempt, r.item()).map(ChoiceOrder::canonicalKeys).orElse(null)))
                .toList();
        var signals = reviews.signalsOf(attemptId, staff.require()).stream()
                .map(AttemptDetailView.SignalView::of).toList();
        var review = reviews.reviewOf(attemptId, staff.require()).orElse(null);
        return new AttemptDetailView(AttemptSummaryView.of(result), items, signals,
                AttemptDetailView.ReviewView.of(review));
    }

    List<AttemptResult> results(long id) {
        return attempts.attemptsOf(id, staff.require()).stream().map(scorer::score).toList();
    }

    private io.tensorjudge.assessment.Attempt requireAttemptOf(long id, long attemptId) {
        var attempt = attempts.attemptFor(attemptId, staff.require());
        if (attempt.assessmentId != id) {
            throw new NotFound("No attempt " + attemptId + " in assessment "
                    + id + ".");
        }
        return attempt;
    }

    static AttemptReview.Recommendation parse(String recommendation) {
        try {
            return recommendation == null ? null : AttemptReview.Recommendation.valueOf(recommendation);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AssessmentRequest requireBody(AssessmentRequest request) {
        if (request == null) {
            throw Invalid.field("body", "a JSON body is required");
        }
        return request;
    }

    private AssessmentView view(Assessment a, String lang) {
        return AssessmentView.of(AssessmentSummary.of(a), titles, Pages.lang(null, lang), usernames(a));
    }

    private Map<Long, String> usernames(Assessment a) {
        Set<Long> ids = new HashSet<>(a.sharedWith);
        ids.add(a.ownerId);
        return accounts.usernames(ids);
    }
}

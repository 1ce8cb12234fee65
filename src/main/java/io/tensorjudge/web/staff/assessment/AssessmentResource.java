package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.web.Locations;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.assessment.AssessmentService;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.PreviewService;
import io.tensorjudge.web.RequestLanguage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The interviewer API: assessments, invites, results, CSV export and reviews. Owner or shared-with only (else 403). */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTERVIEWER)
public class AssessmentResource {

    public record ShareRequest(List<String> usernames) {
    }

    private final AssessmentService assessments;
    private final AttemptService attempts;
    private final AssessmentViews views;
    private final CurrentStaff staff;
    private final RequestLanguage language;
    private final PreviewService previews;
    private final InviteMail mail;

    AssessmentResource(AssessmentService assessments, AttemptService attempts, AssessmentViews views,
            CurrentStaff staff, RequestLanguage language, PreviewService previews, InviteMail mail) {
        this.previews = previews;
        this.mail = mail;
        this.assessments = assessments;
        this.attempts = attempts;
        this.views = views;
        this.staff = staff;
        this.language = language;
    }

    /** The active assessments, or with {@code ?archived=true} the archived ones. */
    @GET
    public List<AssessmentView> list(@QueryParam("archived") boolean archived) {
        return assessments.listFor(staff.require(), archived).stream().map(this::view).toList();
    }

    @POST
    public Response create(AssessmentRequest request) {
        AssessmentSummary created = assessments.create(staff.require(), requireBody(request).toDraft());
        return Locations.created("/api/v1/assessments/" + created.id(), view(created));
    }

    @GET
    @Path("{id}")
    public AssessmentView get(@PathParam("id") long id) {
        return view(assessments.summary(id, staff.require()));
    }

    @PUT
    @Path("{id}")
    public AssessmentView update(@PathParam("id") long id, AssessmentRequest request) {
        return view(assessments.update(id, staff.require(), requireBody(request).toDraft()));
    }

    /** Hides it from the default list; its invites start nothing (attempts already running go on). */
    @POST
    @Path("{id}/archive")
    public AssessmentView archive(@PathParam("id") long id) {
        return view(assessments.archive(id, staff.require(), true));
    }

    @POST
    @Path("{id}/restore")
    public AssessmentView restore(@PathParam("id") long id) {
        return view(assessments.archive(id, staff.require(), false));
    }

    /** A new assessment with the same settings and items, no invites, owned by the caller. */
    @POST
    @Path("{id}/duplicate")
    public Response duplicate(@PathParam("id") long id) {
        AssessmentSummary copy = assessments.duplicate(id, staff.require());
        return Locations.created("/api/v1/assessments/" + copy.id(), view(copy));
    }

    @PUT
    @Path("{id}/shares")
    public AssessmentView share(@PathParam("id") long id, ShareRequest request) {
        return view(assessments.share(id, staff.require(), request == null ? List.of() : request.usernames()));
    }

    @POST
    @Path("{id}/invites")
    public Response invite(@PathParam("id") long id, InviteView.InviteRequest request, @Context UriInfo uri) {
        InviteView.InviteRequest body = request == null ? new InviteView.InviteRequest(null, null) : request;
        var invitation = attempts.invite(id, staff.require(), body.name(), body.email());
        String base = uri.getBaseUri().toString();
        boolean emailed = mail.send(invitation, base + invitation.link().substring(1),
                assessments.summary(id, staff.require()), language.lang());
        return Response.status(201).entity(InviteView.of(invitation, base, emailed)).build();
    }

    public record PreviewView(String link) {
    }

    /** A new preview attempt of the caller's: {@code link} opens the candidate pages; nothing in it is counted. */
    @POST
    @Path("{id}/preview")
    public Response preview(@PathParam("id") long id, @Context UriInfo uri) {
        String token = previews.start(id, staff.require());
        return Response.status(201).entity(new PreviewView(uri.getBaseUri().toString() + "take/" + token)).build();
    }

    /** Withdraws the invite: its link then opens nothing; a finished attempt keeps its results. */
    @POST
    @Path("{id}/attempts/{attemptId}/revoke")
    public AttemptSummaryView revoke(@PathParam("id") long id, @PathParam("attemptId") long attemptId) {
        attempts.revoke(id, attemptId, staff.require());
        return views.row(id, attemptId, staff.require());
    }

    public record ExtraTimeRequest(Integer minutes) {
    }

    /** Extra minutes for this one candidate, on top of the time limit (replacing any set before). */
    @PUT
    @Path("{id}/attempts/{attemptId}/extra-time")
    public AttemptSummaryView extraTime(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
            ExtraTimeRequest request) {
        attempts.setExtraMinutes(id, attemptId, request == null ? null : request.minutes(), staff.require());
        return views.row(id, attemptId, staff.require());
    }

    @GET
    @Path("{id}/attempts")
    public List<AttemptSummaryView> attempts(@PathParam("id") long id) {
        return views.results(id, staff.require()).stream().map(AttemptSummaryView::of).toList();
    }

    @GET
    @Path("{id}/attempts/{attemptId}")
    public AttemptDetailView attempt(@PathParam("id") long id, @PathParam("attemptId") long attemptId) {
        return views.detail(id, attemptId, staff.require(), language.lang());
    }

    /** The autosaved snapshots, runs and submissions of one exercise item, oldest first, with its pastes. */
    @GET
    @Path("{id}/attempts/{attemptId}/items/{itemId}/playback")
    public PlaybackView playback(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
            @PathParam("itemId") long itemId) {
        return views.playback(id, attemptId, itemId, staff.require());
    }

    @PUT
    @Path("{id}/attempts/{attemptId}/review")
    public AttemptDetailView.ReviewView review(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
            AttemptDetailView.ReviewView.ReviewRequest request) {
        return views.review(id, attemptId, staff.require(), request);
    }

    @GET
    @Path("{id}/results.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        String body = ResultsCsv.of(assessments.items(id, staff.require()), views.results(id, staff.require()));
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"assessment-" + id + "-results.csv\"").build();
    }

    private static AssessmentRequest requireBody(AssessmentRequest request) {
        if (request == null) {
            throw Invalid.field("body", "a JSON body is required");
        }
        return request;
    }

    private AssessmentView view(AssessmentSummary a) {
        return views.view(a, language.lang());
    }
}

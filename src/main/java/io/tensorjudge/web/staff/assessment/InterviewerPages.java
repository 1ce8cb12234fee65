package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.common.Invalid;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.account.CurrentStaff;
import io.tensorjudge.account.Roles;
import io.tensorjudge.assessment.ItemInfo;
import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.AssessmentService;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.Invitation;
import io.tensorjudge.assessment.PreviewService;
import io.tensorjudge.assessment.Review;
import io.tensorjudge.assessment.ReviewService;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The interviewer's pages: the list, the builder (which saves through the JSON API), the dashboard with invites,
 * chart and CSV link, and the review of one attempt. Forms post with the CSRF field.
 */
@Path("/assessments")
@RolesAllowed(Roles.INTERVIEWER)
public class InterviewerPages {

    static final String INVITE_COOKIE = "tj-new-invite";

    /** Long enough to copy the link after a reload or two; the link is not recoverable afterwards. */
    static final int INVITE_COOKIE_SECONDS = 15 * 60;

    /** The invite just made, shown with its link while the cookie lasts; {@code emailed}: its address, if mailed. */
    public record NewInvite(String name, String link, String emailed) {
    }

    /** Set for one redirect after an invite whose link was e-mailed (the page then says so). */
    static final String EMAILED_PARAM = "emailed";

    @CheckedTemplate(basePath = "AssessmentPages")
    static class Templates {
        static native TemplateInstance list(PageContext page, List<AssessmentView> assessments, boolean archived);

        static native TemplateInstance builder(PageContext page, AssessmentView assessment,
                List<BankChoices.ExerciseRow> exercises, List<BankChoices.QuestionRow> questions, List<String> topics,
                Map<String, Integer> pickedExercises, Map<String, Integer> pickedQuestions);

        static native TemplateInstance dashboard(PageContext page, AssessmentView assessment,
                List<AttemptSummaryView> attempts, String scores, NewInvite invite, List<String> errors,
                Map<Long, Review> reviews);

        static native TemplateInstance attempt(PageContext page, AssessmentView assessment, AttemptDetailView detail,
                Map<Long, CodeReview.Panel> code, Map<Long, PlaybackView> playback, boolean saved);
    }

    private final AssessmentService assessments;
    private final AttemptService attempts;
    private final AssessmentViews views;
    private final BankChoices bank;
    private final CodeReview codeReview;
    private final CurrentStaff staff;
    private final Pages pages;
    private final PreviewService previews;
    private final ReviewService reviews;
    private final InviteMail mail;

    InterviewerPages(AssessmentService assessments, AttemptService attempts, AssessmentViews views, BankChoices bank,
            CodeReview codeReview, CurrentStaff staff, Pages pages, PreviewService previews, ReviewService reviews,
            InviteMail mail) {
        this.previews = previews;
        this.reviews = reviews;
        this.mail = mail;
        this.assessments = assessments;
        this.attempts = attempts;
        this.views = views;
        this.bank = bank;
        this.codeReview = codeReview;
        this.staff = staff;
        this.pages = pages;
    }

    @GET
    public Response list(@QueryParam("archived") boolean archived) {
        var views = assessments.listFor(staff.require(), archived).stream().map(this::view).toList();
        return pages.render(Templates.list(pages.context(), views, archived), 200);
    }

    @GET
    @Path("new")
    public Response create() {
        return builder(null);
    }

    @GET
    @Path("{id}/edit")
    public Response edit(@PathParam("id") long id) {
        return builder(view(assessments.summary(id, staff.require())));
    }

    @GET
    @Path("{id}")
    public Response dashboard(@PathParam("id") long id, @QueryParam("invited") Long invited,
            @QueryParam(EMAILED_PARAM) boolean emailed, @CookieParam(INVITE_COOKIE) String inviteCookie,
            @Context UriInfo uri) {
        NewInvite invite = invited == null ? null : newInvite(id, invited, inviteCookie, uri, emailed);
        return renderDashboard(id, invite, List.of(), 200);
    }

    /** The invite named by the redirect, if this browser's cookie holds its token (else the page shows none). */
    private NewInvite newInvite(long id, long attemptId, String cookie, UriInfo uri, boolean emailed) {
        int dot = cookie == null ? -1 : cookie.indexOf('.');
        if (dot < 0 || !cookie.substring(0, dot).equals(String.valueOf(attemptId))) {
            return null;
        }
        return attempts.invitation(id, attemptId, cookie.substring(dot + 1), staff.require())
                .map(i -> new NewInvite(i.candidateName(), uri.getBaseUri().toString() + i.link().substring(1),
                        emailed ? i.candidateEmail() : null))
                .orElse(null);
    }

    /**
     * POST -> 303 -> GET, so a reload never invites twice. Only the token's hash is stored, so the link travels to
     * the dashboard in a short-lived cookie of this interviewer's, limited to this assessment's pages.
     */
    @POST
    @Path("{id}/invites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") long id, @RestForm String name, @RestForm String email,
            @Context UriInfo uri) {
        try {
            Invitation invitation = attempts.invite(id, staff.require(), name, email);
            boolean emailed = mail.send(invitation, uri.getBaseUri().toString() + invitation.link().substring(1),
                    assessments.summary(id, staff.require()), pages.lang());
            NewCookie link = new NewCookie.Builder(INVITE_COOKIE).value(invitation.attemptId() + "." + invitation.token())
                    .path("/assessments/" + id).maxAge(INVITE_COOKIE_SECONDS).httpOnly(true)
                    .sameSite(NewCookie.SameSite.STRICT).build();
            return Response.seeOther(URI.create("/assessments/" + id + "?invited=" + invitation.attemptId()
                    + (emailed ? "&" + EMAILED_PARAM + "=true" : ""))).cookie(link).build();
        } catch (Invalid e) {
            var errors = e.fields().stream().map(f -> f.field() + ": " + f.message()).toList();
            return renderDashboard(id, null, errors, 400);
        }
    }

    /** Opens the candidate pages of a new preview attempt (not counted anywhere), as its candidate would. */
    @POST
    @Path("{id}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@PathParam("id") long id) {
        return Response.seeOther(URI.create("/take/" + previews.start(id, staff.require()))).build();
    }

    @POST
    @Path("{id}/attempts/{attemptId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id, @PathParam("attemptId") long attemptId) {
        attempts.revoke(id, attemptId, staff.require());
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    @POST
    @Path("{id}/attempts/{attemptId}/extra-time")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extraTime(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
            @RestForm Integer minutes) {
        attempts.setExtraMinutes(id, attemptId, minutes, staff.require());
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") long id) {
        assessments.archive(id, staff.require(), true);
        return Response.seeOther(URI.create("/assessments")).build();
    }

    @POST
    @Path("{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id) {
        assessments.archive(id, staff.require(), false);
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    /** The copy opens in the builder, to retitle it or change its items before inviting. */
    @POST
    @Path("{id}/duplicate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response duplicate(@PathParam("id") long id) {
        long copy = assessments.duplicate(id, staff.require()).id();
        return Response.seeOther(URI.create("/assessments/" + copy + "/edit")).build();
    }

    @POST
    @Path("{id}/shares")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@PathParam("id") long id, @RestForm String usernames) {
        List<String> names = usernames == null ? List.of()
                : Arrays.stream(usernames.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        assessments.share(id, staff.require(), names);
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    @GET
    @Path("{id}/attempts/{attemptId}")
    public Response attempt(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
            @QueryParam("against") List<String> against, @QueryParam("saved") String saved) {
        Lang lang = pages.lang();
        AssessmentSummary assessment = assessments.summary(id, staff.require());
        AttemptDetailView detail = views.detail(id, attemptId, staff.require(), lang);
        Map<String, String> bases = new HashMap<>();
        for (String pair : against == null ? List.<String>of() : against) {
            String[] parts = pair.split(":", 2); // itemId:submissionId, one per exercise panel
            if (parts.length == 2) {
                bases.put(parts[0], parts[1]);
            }
        }
        Map<Long, CodeReview.Panel> code = new HashMap<>();
        Map<Long, PlaybackView> playback = new HashMap<>();
        for (ItemInfo item : assessment.items()) {
            if (item.kind() == AssessmentItem.Kind.EXERCISE) {
                playback.put(item.id(), views.playback(id, attemptId, item.id(), staff.require()));
                CodeReview.Panel panel = codeReview.panel(attemptId, item.id(), bases.get(String.valueOf(item.id())));
                if (panel != null) {
                    code.put(item.id(), panel);
                }
            }
        }
        return pages.render(Templates.attempt(pages.context(), view(assessment), detail, code, playback,
                saved != null), 200);
    }

    @POST
    @Path("{id}/attempts/{attemptId}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
            @RestForm String notes, @RestForm String recommendation) {
        views.review(id, attemptId, staff.require(), new AttemptDetailView.ReviewView.ReviewRequest(notes, recommendation));
        return Response.seeOther(URI.create("/assessments/" + id + "/attempts/" + attemptId + "?saved=1")).build();
    }

    private Response builder(AssessmentView assessment) {
        Lang lang = pages.lang();
        Map<String, Integer> exercises = new HashMap<>();
        Map<String, Integer> questions = new HashMap<>();
        if (assessment != null) {
            assessment.items().forEach(i -> ("EXERCISE".equals(i.kind()) ? exercises : questions)
                    .put(i.refId(), i.points()));
        }
        return pages.render(Templates.builder(pages.context(), assessment, bank.exercises(lang),
                bank.questions(lang), bank.questionTopics(), exercises, questions), 200);
    }

    private Response renderDashboard(long id, NewInvite invite, List<String> errors, int status) {
        AssessmentView assessment = view(assessments.summary(id, staff.require()));
        List<AttemptSummaryView> rows = views.results(id, staff.require()).stream().map(AttemptSummaryView::of).toList();
        String scores = rows.stream().filter(r -> "FINISHED".equals(r.status())).map(r -> String.valueOf(r.score()))
                .reduce((a, b) -> a + "," + b).orElse("");
        return pages.render(Templates.dashboard(pages.context(), assessment, rows, scores, invite, errors,
                reviews.reviewsOf(id, staff.require())), status);
    }

    private AssessmentView view(AssessmentSummary a) {
        return views.view(a, pages.lang());
    }
}

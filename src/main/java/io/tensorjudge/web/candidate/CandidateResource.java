package io.tensorjudge.web.candidate;

import io.tensorjudge.web.Locations;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.Mode;
import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.assessment.Attempt;
import io.tensorjudge.assessment.AttemptClock;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.assessment.CandidateWorkspace;
import io.tensorjudge.web.Lang;
import io.tensorjudge.assessment.IntegrityEvent;
import io.tensorjudge.web.RequestLanguage;
import io.tensorjudge.web.candidate.CandidateViews.AcceptedView;
import io.tensorjudge.web.candidate.CandidateViews.AnswerRequest;
import io.tensorjudge.web.candidate.CandidateViews.AttemptView;
import io.tensorjudge.web.candidate.CandidateViews.ItemView;
import io.tensorjudge.web.candidate.CandidateViews.SavedView;
import io.tensorjudge.web.candidate.CandidateViews.SignalRequest;
import io.tensorjudge.web.candidate.CandidateViews.SubmissionView;
import io.tensorjudge.web.candidate.CandidateViews.SubmitRequest;
import io.tensorjudge.web.candidate.CandidateViews.ChoiceView;
import io.tensorjudge.web.candidate.CandidateViews.WorkRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import io.tensorjudge.web.ItemTitles;

/**
 * The candidate API: no account, the invite token in the path is the key, and it opens that one attempt only. An
 * unknown token is a 404, work after the deadline or after finishing a 409.
 */
// No account: the invite token in the path is the credential (checked by the assessment services).
@PermitAll
@Path("/api/v1/attempts/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    private final AttemptService attempts;
    private final CandidateWorkService work;
    private final AttemptClock clock;
    private final ItemTitles titles;
    private final RequestLanguage language;

    CandidateResource(AttemptService attempts, CandidateWorkService work, AttemptClock clock, ItemTitles titles,
            RequestLanguage language) {
        this.attempts = attempts;
        this.work = work;
        this.clock = clock;
        this.titles = titles;
        this.language = language;
    }

    @GET
    public AttemptView get(@PathParam("token") String token) {
        return view(work.workspace(token));
    }

    @POST
    @Path("start")
    public AttemptView start(@PathParam("token") String token) {
        attempts.start(token);
        return view(work.workspace(token));
    }

    @POST
    @Path("finish")
    public AttemptView finish(@PathParam("token") String token) {
        attempts.finish(token);
        return view(work.workspace(token));
    }

    @PUT
    @Path("items/{itemId}/work")
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedView save(@PathParam("token") String token, @PathParam("itemId") long itemId, WorkRequest request) {
        WorkRequest body = request == null ? new WorkRequest(null, null, null) : request;
        return new SavedView(work.save(token, itemId, body.language(), body.code(), body.choices()).updatedAt());
    }

    /** Records the answer; the reply says only that it was recorded, never whether it is right. */
    @POST
    @Path("items/{itemId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedView answer(@PathParam("token") String token, @PathParam("itemId") long itemId, AnswerRequest request) {
        work.answer(token, itemId, request == null ? null : request.choices());
        return new SavedView(clock.now());
    }

    @POST
    @Path("items/{itemId}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("token") String token, @PathParam("itemId") long itemId,
            SubmitRequest request) {
        SubmitRequest body = request == null ? new SubmitRequest(null, null, null) : request;
        String id = work.submit(token, itemId, body.language(), body.code(), body.mode() == null ? Mode.SUBMIT.wireName() : body.mode());
        return Locations.accepted("/api/v1/attempts/" + token + "/submissions/" + id, new AcceptedView(id, "QUEUED"));
    }

    @GET
    @Path("submissions/{submissionId}")
    public SubmissionView submission(@PathParam("token") String token,
            @PathParam("submissionId") String submissionId) {
        return work.submissionOf(token, submissionId).map(SubmissionView::of)
                .orElseThrow(() -> new NotFound("No submission " + submissionId + " in this attempt."));
    }

    @POST
    @Path("signals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signal(@PathParam("token") String token, SignalRequest request) {
        if (request == null || request.kind() == null
                || Arrays.stream(IntegrityEvent.Kind.values()).noneMatch(k -> k.name().equals(request.kind()))) {
            throw Invalid.field("kind", "kind must be PASTE, TAB_HIDDEN or TAB_VISIBLE");
        }
        work.signal(token, request.itemId(), IntegrityEvent.Kind.valueOf(request.kind()), request.detail());
        return Response.noContent().build();
    }

    AttemptView view(CandidateWorkspace workspace) {
        var attempt = workspace.attempt();
        language.follow(workspace.language());
        List<ItemView> items = attempt.status() == Attempt.Status.STARTED
                ? workspace.items().stream().map(i -> itemView(i, language.lang())).toList() : List.of();
        return new AttemptView(attempt.status().name(), workspace.title(), workspace.timeLimitMinutes(),
                workspace.languages(), workspace.allowRun(), attempt.startedAt(), attempt.deadline(),
                workspace.secondsLeft(), workspace.items().size(), items);
    }

    private ItemView itemView(CandidateWorkspace.Item item, Lang lang) {
        var info = item.item();
        var saved = item.saved();
        // An MCQ's id would let the candidate look the key up on the public practice pages.
        String refId = info.kind() == AssessmentItem.Kind.EXERCISE ? info.refId() : null;
        var question = item.question();
        List<ChoiceView> choices = question == null ? null : ShownChoices.of(question, item.order(),
                (label, c) -> new ChoiceView(label, lang.pick(c.text(), c.textEn())));
        return new ItemView(info.id(), info.kind().name(), refId, titles.title(info.kind(), info.refId(), lang),
                info.points(), saved == null ? null : saved.language(), saved == null ? null : saved.code(),
                item.savedLabels(), item.done(), saved == null ? null : saved.updatedAt(),
                question == null ? null : lang.pick(question.stem(), question.stemEn()),
                question == null ? null : question.hasSeveralAnswers(), choices);
    }
}

package io.tensorjudge.web.assessment;

import io.tensorjudge.web.Locations;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.Mode;
import io.tensorjudge.assessment.Assessment;
import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.assessment.Attempt;
import io.tensorjudge.assessment.AttemptClock;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.AttemptSubmission;
import io.tensorjudge.assessment.AttemptWork;
import io.tensorjudge.assessment.AttemptAnswer;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.assessment.IntegrityEvent;
import io.tensorjudge.web.Pages;
import io.tensorjudge.web.assessment.CandidateViews.AcceptedView;
import io.tensorjudge.web.assessment.CandidateViews.AnswerRequest;
import io.tensorjudge.web.assessment.CandidateViews.AttemptView;
import io.tensorjudge.web.assessment.CandidateViews.ItemView;
import io.tensorjudge.web.assessment.CandidateViews.SavedView;
import io.tensorjudge.web.assessment.CandidateViews.SignalRequest;
import io.tensorjudge.web.assessment.CandidateViews.SubmissionView;
import io.tensorjudge.web.assessment.CandidateViews.SubmitRequest;
import io.tensorjudge.web.assessment.CandidateViews.ChoiceView;
import io.tensorjudge.assessment.ChoiceOrder;
import io.tensorjudge.bank.QuestionFile;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.assessment.CandidateViews.WorkRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final QuestionService questions;

    CandidateResource(AttemptService attempts, CandidateWorkService work, AttemptClock clock, ItemTitles titles,
            QuestionService questions) {
        this.attempts = attempts;
        this.work = work;
        this.clock = clock;
        this.titles = titles;
        this.questions = questions;
    }

    @GET
    public AttemptView get(@PathParam("token") String token, @CookieParam(Pages.LANG_COOKIE) String lang) {
        return view(attempts.byToken(token), lang);
    }

    @POST
    @Path("start")
    public AttemptView start(@PathParam("token") String token, @CookieParam(Pages.LANG_COOKIE) String lang) {
        return view(attempts.start(token), lang);
    }

    @POST
    @Path("finish")
    public AttemptView finish(@PathParam("token") String token, @CookieParam(Pages.LANG_COOKIE) String lang) {
        return view(attempts.finish(token), lang);
    }

    @PUT
    @Path("items/{itemId}/work")
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedView save(@PathParam("token") String token, @PathParam("itemId") long itemId, WorkRequest request) {
        WorkRequest body = request == null ? new WorkRequest(null, null, null) : request;
        return new SavedView(work.save(token, itemId, body.language(), body.code(), body.choices()).updatedAt);
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

    AttemptView view(Attempt attempt, String langCookie) {
        Assessment assessment = Assessment.findById(attempt.assessmentId);
        List<AssessmentItem> items = assessment.items();
        List<ItemView> itemViews = attempt.status == Attempt.Status.STARTED
                ? itemViews(attempt, items, langCookie) : List.of();
        return new AttemptView(attempt.status.name(), assessment.title, assessment.timeLimitMinutes,
                assessment.languageList(), assessment.allowRun, attempt.startedAt, attempt.deadline,
                clock.secondsLeft(attempt), items.size(), itemViews);
    }

    private List<ItemView> itemViews(Attempt attempt, List<AssessmentItem> items, String langCookie) {
        Map<Long, AttemptWork> saved = work.workOf(attempt).stream()
                .collect(Collectors.toMap(w -> w.itemId, Function.identity()));
        var lang = Pages.lang(null, langCookie);
        return items.stream().map(item -> {
            AttemptWork w = saved.get(item.id);
            boolean submitted = item.kind == AssessmentItem.Kind.MCQ
                    ? AttemptAnswer.count("attemptId = ?1 and itemId = ?2", attempt.id, item.id) > 0
                    : AttemptSubmission.count("attemptId = ?1 and itemId = ?2 and mode = 'submit'", attempt.id,
                            item.id) > 0;
            List<String> savedKeys = w == null || w.choices == null || w.choices.isBlank() ? List.of()
                    : List.of(w.choices.split(","));
            // An MCQ's id would let the candidate look the key up on the public practice pages.
            String refId = item.kind == AssessmentItem.Kind.EXERCISE ? item.refId : null;
            var order = work.choiceOrder(attempt, item);
            var question = order.isEmpty() ? null : questions.find(item.refId).orElse(null);
            List<ChoiceView> choices = null;
            if (question != null) {
                var byKey = question.content().choices().stream()
                        .collect(Collectors.toMap(QuestionFile.ChoiceDef::key, Function.identity()));
                choices = new java.util.ArrayList<>();
                for (int i = 0; i < order.get().canonicalKeys().size(); i++) {
                    var c = byKey.get(order.get().canonicalKeys().get(i));
                    choices.add(new ChoiceView(ChoiceOrder.label(i), lang.pick(c.text(), c.textEn())));
                }
            }
            return new ItemView(item.id, item.kind.name(), refId, titles.title(item.kind, item.refId, lang), item.points,
                    w == null ? null : w.language, w == null ? null : w.code,
                    order.map(o -> o.toLabels(savedKeys)).orElse(savedKeys), submitted, w == null ? null : w.updatedAt,
                    question == null ? null : lang.pick(question.content().stem(), question.content().stemEn()),
                    question == null ? null : question.content().hasSeveralAnswers(), choices);
        }).toList();
    }
}

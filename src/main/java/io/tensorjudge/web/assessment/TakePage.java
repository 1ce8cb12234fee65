package io.tensorjudge.web.assessment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.assessment.Assessment;
import io.tensorjudge.assessment.Attempt;
import io.tensorjudge.assessment.AttemptClock;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.AttemptWork;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The candidate's page, opened by the invite link: the rules and a Start button, then the workspace (timer, items,
 * autosave through the candidate API), then a closing note. The page never says whether an answer is right.
 */
// No account: the invite token in the path is the credential (checked by the assessment services).
@PermitAll
@Path("/take/{token}")
public class TakePage {

    @CheckedTemplate(basePath = "AssessmentPages")
    static class Templates {
        static native TemplateInstance landing(PageContext page, String token, Assessment assessment, int itemCount,
                long maxPoints);

        static native TemplateInstance take(PageContext page, String token, Assessment assessment, Attempt attempt,
                long secondsLeft, List<TakeItem> items);

        static native TemplateInstance finished(PageContext page, Assessment assessment, Attempt attempt);
    }

    private final AttemptService attempts;
    private final CandidateWorkService work;
    private final AttemptClock clock;
    private final TakeItems takeItems;

    TakePage(AttemptService attempts, CandidateWorkService work, AttemptClock clock, TakeItems takeItems) {
        this.attempts = attempts;
        this.work = work;
        this.clock = clock;
        this.takeItems = takeItems;
    }

    @GET
    public Response show(@PathParam("token") String token, @QueryParam("lang") String queryLang,
            @CookieParam(Pages.LANG_COOKIE) String cookieLang, @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        Attempt attempt = attempts.byToken(token);
        Assessment assessment = Assessment.findById(attempt.assessmentId);
        PageContext page = Pages.context(lang, uri);
        TemplateInstance view = switch (attempt.status) {
            case INVITED -> {
                var items = assessment.items();
                yield Templates.landing(page, token, assessment, items.size(),
                        items.stream().mapToLong(i -> i.points).sum());
            }
            case STARTED -> {
                Map<Long, AttemptWork> saved = work.workOf(attempt).stream()
                        .collect(Collectors.toMap(w -> w.itemId, Function.identity()));
                yield Templates.take(page, token, assessment, attempt, clock.secondsLeft(attempt),
                        takeItems.items(attempt, assessment.items(), assessment.languageList(), saved, lang));
            }
            case FINISHED -> Templates.finished(page, assessment, attempt);
        };
        // The token is in the URL: keep it out of Referer headers and shared caches.
        return Response.fromResponse(Pages.render(view, lang, queryLang, 200))
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("token") String token) {
        attempts.start(token);
        return Response.seeOther(URI.create("/take/" + token)).build();
    }
}

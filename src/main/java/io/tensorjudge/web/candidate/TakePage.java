package io.tensorjudge.web.candidate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.assessment.AttemptInfo;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.CandidateWorkspace;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.common.Gone;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

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
        static native TemplateInstance landing(PageContext page, String token, CandidateWorkspace assessment,
                int itemCount, long maxPoints);

        static native TemplateInstance take(PageContext page, String token, CandidateWorkspace assessment,
                long secondsLeft, List<TakeItem> items);

        static native TemplateInstance finished(PageContext page, CandidateWorkspace assessment, AttemptInfo attempt);

        static native TemplateInstance withdrawn(PageContext page);
    }

    private final CandidateWorkService work;
    private final AttemptService attempts;
    private final TakeItems takeItems;
    private final Pages pages;

    TakePage(CandidateWorkService work, AttemptService attempts, TakeItems takeItems, Pages pages) {
        this.work = work;
        this.attempts = attempts;
        this.takeItems = takeItems;
        this.pages = pages;
    }

    @GET
    public Response show(@PathParam("token") String token) {
        CandidateWorkspace workspace;
        try {
            workspace = work.workspace(token);
        } catch (Gone e) {
            // Said in the page's language, not the domain's English message.
            return privately(pages.render(Templates.withdrawn(pages.context()), 410));
        }
        pages.follow(workspace.language()); // the assessment's language, if its interviewer fixed one
        Lang lang = pages.lang();
        PageContext page = pages.context();
        TemplateInstance view = switch (workspace.attempt().status()) {
            case INVITED -> Templates.landing(page, token, workspace, workspace.items().size(), workspace.maxPoints());
            case STARTED -> Templates.take(page, token, workspace, workspace.secondsLeft(),
                    takeItems.items(workspace, lang));
            case FINISHED -> Templates.finished(page, workspace, workspace.attempt());
        };
        return privately(pages.render(view, 200));
    }

    /** The token is in the URL: keep it out of Referer headers and shared caches. */
    private static Response privately(Response page) {
        return Response.fromResponse(page).header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("token") String token) {
        try {
            attempts.start(token);
        } catch (Gone e) {
            // withdrawn while the rules were open: the page says so
        }
        return Response.seeOther(URI.create("/take/" + token)).build();
    }
}

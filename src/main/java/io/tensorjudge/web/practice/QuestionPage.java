package io.tensorjudge.web.practice;

import io.tensorjudge.common.Invalid;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.bank.AnswerOutcome;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.practice.HomePage.SourceCard;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import io.tensorjudge.web.RateLimits;

/** MCQ practice pages; they work without JavaScript (plain forms), and app.js answers in place when it can. */
@PermitAll
@Path("/questions")
public class QuestionPage {

    /** A topic tag with its question count, for the filter bar. */
    public record TopicCount(String name, int count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext page, List<SourceCard> sources, List<TopicCount> topics,
                String source, String topic, List<PageQuestion> questions);

        static native TemplateInstance answered(PageContext page, PageQuestion question, PageAnswer answer,
                String error);

        static native TemplateInstance notFound(PageContext page);
    }

    private final QuestionService questions;
    private final RateLimits rateLimits;
    private final Pages pages;

    QuestionPage(QuestionService questions, RateLimits rateLimits, Pages pages) {
        this.questions = questions;
        this.rateLimits = rateLimits;
        this.pages = pages;
    }

    @GET
    public Response list(@QueryParam("source") String source, @QueryParam("topic") String topic) {
        Lang lang = pages.lang();
        String sourceFilter = blankToNull(source);
        String topicFilter = blankToNull(topic);
        // One read of the active questions; sources, topic counts and the shown list are all cut from it.
        List<PracticeQuestion> all = questions.listPublic(null, null);
        List<PracticeQuestion> inSource = all.stream()
                .filter(q -> sourceFilter == null || sourceFilter.equals(q.source())).toList();
        List<SourceCard> sources = HomePage.sourceCards(all);
        List<TopicCount> topics = QuestionService.countTopics(inSource).entrySet().stream()
                .map(e -> new TopicCount(e.getKey(), e.getValue().intValue())).toList();
        List<PageQuestion> shown = inSource.stream()
                .filter(q -> topicFilter == null || q.content().topics().contains(topicFilter))
                .map(q -> PageQuestion.of(q, lang)).toList();
        TemplateInstance page = Templates.list(pages.context(), sources, topics, sourceFilter, topicFilter,
                shown);
        return pages.render(page, 200);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @FormParam("choice") List<String> choices,
            @CookieParam(PracticeBrowser.COOKIE) String browserCookie,
            @Context HttpServerRequest http) {
        Lang lang = pages.lang();
        PageContext context = pages.context();
        Optional<PracticeQuestion> question = questions.findPublic(id);
        if (question.isEmpty()) {
            return pages.render(Templates.notFound(context), 404);
        }
        PageQuestion shown = PageQuestion.of(question.get(), lang);
        if (choices == null || choices.isEmpty()) {
            return pages.render(Templates.answered(context, shown, null, "choose_one"), 400);
        }
        rateLimits.answer(http);
        try {
            PracticeBrowser browser = PracticeBrowser.of(browserCookie);
            AnswerOutcome outcome = questions.answer(id, choices, browser.id());
            PageAnswer answer = PageAnswer.of(outcome, choices, lang);
            return browser.remember(pages.render(Templates.answered(context, shown, answer, null),
                    200));
        } catch (Invalid e) {
            return pages.render(Templates.answered(context, shown, null, "choose_one"), 400);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

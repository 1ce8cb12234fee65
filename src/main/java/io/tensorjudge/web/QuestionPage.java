package io.tensorjudge.web;

import io.tensorjudge.common.Invalid;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.bank.AnswerOutcome;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.HomePage.SourceCard;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

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

    QuestionPage(QuestionService questions, RateLimits rateLimits) {
        this.questions = questions;
        this.rateLimits = rateLimits;
    }

    @GET
    public Response list(@QueryParam("source") String source, @QueryParam("topic") String topic,
            @QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
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
        TemplateInstance page = Templates.list(Pages.context(lang, uri), sources, topics, sourceFilter, topicFilter,
                shown);
        return Pages.render(page, lang, queryLang, 200);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @FormParam("choice") List<String> choices,
            @QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @CookieParam(PracticeBrowser.COOKIE) String browserCookie, @Context UriInfo uri,
            @Context HttpServerRequest http) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        PageContext context = Pages.context(lang, uri);
        Optional<PracticeQuestion> question = questions.findPublic(id);
        if (question.isEmpty()) {
            return Pages.render(Templates.notFound(context), lang, queryLang, 404);
        }
        PageQuestion shown = PageQuestion.of(question.get(), lang);
        if (choices == null || choices.isEmpty()) {
            return Pages.render(Templates.answered(context, shown, null, "choose_one"), lang, queryLang, 400);
        }
        rateLimits.answer(http);
        try {
            PracticeBrowser browser = PracticeBrowser.of(browserCookie);
            AnswerOutcome outcome = questions.answer(id, choices, browser.id());
            PageAnswer answer = PageAnswer.of(outcome, choices, lang);
            return browser.remember(Pages.render(Templates.answered(context, shown, answer, null), lang, queryLang,
                    200));
        } catch (Invalid e) {
            return Pages.render(Templates.answered(context, shown, null, "choose_one"), lang, queryLang, 400);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

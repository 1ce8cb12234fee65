package io.tensorjudge.web.practice;

import io.tensorjudge.common.Invalid;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.bank.AnswerOutcome;
import io.tensorjudge.bank.BrowserAnswers;
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
import java.util.Map;
import java.util.Optional;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import io.tensorjudge.web.RateLimits;

/**
 * MCQ practice pages: the sections (one per source; a topic or source+topic is a section too), a section's questions
 * a page at a time, and one page per question. They work without JavaScript (plain forms; a browser's earlier
 * answers are shown again from its practice cookie, in whatever language); app.js answers in place and
 * mcq-practice.js keeps the progress per section in localStorage.
 */
@PermitAll
@Path("/questions")
public class QuestionPage {

    /** A topic tag with its question count, for the filter bar. */
    public record TopicCount(String name, int count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageContext page, List<QuestionSection> sections,
                List<TopicCount> topics, int total);

        static native TemplateInstance list(PageContext page, List<SourceCard> sources, List<TopicCount> topics,
                QuestionSection section, int pageNo, List<PageItem> items);

        static native TemplateInstance question(PageContext page, PageItem item, QuestionNav nav, String error);

        static native TemplateInstance notFound(PageContext page);
    }

    private final QuestionService questions;
    private final BrowserAnswers browserAnswers;
    private final RateLimits rateLimits;
    private final Pages pages;

    QuestionPage(QuestionService questions, BrowserAnswers browserAnswers, RateLimits rateLimits, Pages pages) {
        this.questions = questions;
        this.browserAnswers = browserAnswers;
        this.rateLimits = rateLimits;
        this.pages = pages;
    }

    /** Without a source or topic: the sections; with one: that section's questions, a page at a time. */
    @GET
    public Response list(@QueryParam("source") String source, @QueryParam("topic") String topic,
            @QueryParam("page") Integer pageNo, @CookieParam(PracticeBrowser.COOKIE) String browserCookie) {
        String sourceFilter = blankToNull(source);
        String topicFilter = blankToNull(topic);
        // One read of the active questions; sections, topic counts and the shown page are all cut from it.
        List<PracticeQuestion> all = questions.listPublic(null, null);
        if (sourceFilter == null && topicFilter == null) {
            List<QuestionSection> sections = HomePage.sourceCards(all).stream()
                    .map(card -> new QuestionSection(card.slug(), null,
                            all.stream().filter(q -> q.source().equals(card.slug())).toList()))
                    .toList();
            return pages.render(Templates.index(pages.context(), sections, topicCounts(all), all.size()), 200);
        }
        List<PracticeQuestion> inSource = all.stream()
                .filter(q -> sourceFilter == null || sourceFilter.equals(q.source())).toList();
        QuestionSection section = new QuestionSection(sourceFilter, topicFilter, inSource.stream()
                .filter(q -> topicFilter == null || q.content().topics().contains(topicFilter)).toList());
        int shownPage = section.clamp(pageNo);
        List<PageItem> items = items(section.page(shownPage), browserCookie);
        TemplateInstance page = Templates.list(pages.context(), HomePage.sourceCards(all), topicCounts(inSource),
                section, shownPage, items);
        return pages.render(page, 200);
    }

    /** One question, with this browser's last answer when it has one, and links to its section neighbours. */
    @GET
    @Path("/{id}")
    public Response question(@PathParam("id") String id, @QueryParam("source") String source,
            @QueryParam("topic") String topic, @CookieParam(PracticeBrowser.COOKIE) String browserCookie) {
        Optional<PracticeQuestion> question = questions.findPublic(id);
        if (question.isEmpty()) {
            return pages.render(Templates.notFound(pages.context()), 404);
        }
        PageItem item = items(List.of(question.get()), browserCookie).get(0);
        return pages.render(Templates.question(pages.context(), item, nav(question.get(), source, topic), null),
                200);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @FormParam("choice") List<String> choices,
            @FormParam("source") String source, @FormParam("topic") String topic,
            @CookieParam(PracticeBrowser.COOKIE) String browserCookie,
            @Context HttpServerRequest http) {
        Lang lang = pages.lang();
        PageContext context = pages.context();
        Optional<PracticeQuestion> question = questions.findPublic(id);
        if (question.isEmpty()) {
            return pages.render(Templates.notFound(context), 404);
        }
        PageQuestion shown = PageQuestion.of(question.get(), lang);
        QuestionNav nav = nav(question.get(), source, topic);
        if (choices == null || choices.isEmpty()) {
            return pages.render(Templates.question(context, new PageItem(shown, null), nav, "choose_one"), 400);
        }
        rateLimits.answer(http);
        try {
            PracticeBrowser browser = PracticeBrowser.of(browserCookie);
            AnswerOutcome outcome = questions.answer(id, choices, browser.id());
            PageAnswer answer = PageAnswer.of(outcome, choices, lang);
            return browser.remember(pages.render(Templates.question(context, new PageItem(shown, answer), nav,
                    null), 200));
        } catch (Invalid e) {
            return pages.render(Templates.question(context, new PageItem(shown, null), nav, "choose_one"), 400);
        }
    }

    /** The section the question was opened from when it belongs to it, else the question's source. */
    private QuestionNav nav(PracticeQuestion question, String source, String topic) {
        String sourceFilter = blankToNull(source);
        String topicFilter = blankToNull(topic);
        if (sourceFilter != null || topicFilter != null) {
            QuestionSection asked = new QuestionSection(sourceFilter, topicFilter,
                    questions.listPublic(topicFilter, sourceFilter));
            if (asked.indexOf(question.id()) >= 0) {
                return QuestionNav.of(asked, question.id());
            }
        }
        QuestionSection own = new QuestionSection(question.source(), null,
                questions.listPublic(null, question.source()));
        return QuestionNav.of(own, question.id());
    }

    /** The questions as shown, each with this browser's last answer to it (read by the practice cookie). */
    private List<PageItem> items(List<PracticeQuestion> shown, String browserCookie) {
        Lang lang = pages.lang();
        Map<String, List<String>> answered = PracticeBrowser.known(browserCookie)
                .map(browser -> browserAnswers.lastChoices(browser, shown)).orElse(Map.of());
        return shown.stream().map(q -> new PageItem(PageQuestion.of(q, lang),
                answered.containsKey(q.id()) ? PageAnswer.previous(q, answered.get(q.id()), lang) : null))
                .toList();
    }

    private static List<TopicCount> topicCounts(List<PracticeQuestion> questions) {
        return QuestionService.countTopics(questions).entrySet().stream()
                .map(e -> new TopicCount(e.getKey(), e.getValue().intValue())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

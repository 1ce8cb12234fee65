package io.tensorjudge.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The landing page: what TensorJudge is and where to start. */
@PermitAll
@Path("/")
public class HomePage {

    /** A source text with the number of questions drawn from it. */
    public record SourceCard(String slug, int count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageContext page, List<SourceCard> sources, int total);
    }

    private final QuestionService questions;

    HomePage(QuestionService questions) {
        this.questions = questions;
    }

    @GET
    public Response index(@QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        List<PracticeQuestion> all = questions.listPublic(null, null);
        List<SourceCard> sources = sourceCards(all);
        return Pages.render(Templates.index(Pages.context(lang, uri), sources, all.size()), lang, queryLang, 200);
    }

    static List<SourceCard> sourceCards(List<PracticeQuestion> questions) {
        Map<String, Long> counts = questions.stream()
                .collect(Collectors.groupingBy(PracticeQuestion::source, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> new SourceCard(e.getKey(), e.getValue().intValue())).toList();
    }
}

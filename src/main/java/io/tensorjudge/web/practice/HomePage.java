package io.tensorjudge.web.practice;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;

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
    private final Pages pages;

    HomePage(QuestionService questions, Pages pages) {
        this.questions = questions;
        this.pages = pages;
    }

    @GET
    public Response index() {
        List<PracticeQuestion> all = questions.listPublic(null, null);
        List<SourceCard> sources = sourceCards(all);
        return pages.render(Templates.index(pages.context(), sources, all.size()), 200);
    }

    static List<SourceCard> sourceCards(List<PracticeQuestion> questions) {
        Map<String, Long> counts = questions.stream()
                .collect(Collectors.groupingBy(PracticeQuestion::source, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> new SourceCard(e.getKey(), e.getValue().intValue())).toList();
    }
}

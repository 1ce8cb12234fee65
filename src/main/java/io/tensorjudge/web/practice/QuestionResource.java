package io.tensorjudge.web.practice;

import io.tensorjudge.bank.QuestionService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import io.tensorjudge.web.RateLimits;
import io.tensorjudge.web.RequestLanguage;

/**
 * Multiple-choice practice: list public questions without answers, grade an answer (a private question is unknown
 * here); the first answer of a browser sets its practice cookie ({@link PracticeBrowser}).
 */
@PermitAll
@Path("/api/v1/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    private final QuestionService questions;
    private final RateLimits rateLimits;

    private final RequestLanguage language;

    QuestionResource(QuestionService questions, RateLimits rateLimits, RequestLanguage language) {
        this.questions = questions;
        this.rateLimits = rateLimits;
        this.language = language;
    }

    @GET
    public List<QuestionView> list(@QueryParam("topic") String topic, @QueryParam("source") String source) {
        return questions.listPublic(topic, source).stream().map(q -> QuestionView.of(q, language.lang()))
                .toList();
    }

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<AnswerView> answer(@PathParam("id") String id,
            @Valid @NotNull(message = "a JSON body is required") AnswerRequest request,
            @CookieParam(PracticeBrowser.COOKIE) String browserCookie, @Context HttpServerRequest http) {
        rateLimits.answer(http);
        PracticeBrowser browser = PracticeBrowser.of(browserCookie);
        AnswerView answer = AnswerView.of(questions.answer(id, request.choices(), browser.id()), language.lang());
        RestResponse.ResponseBuilder<AnswerView> response = RestResponse.ResponseBuilder.ok(answer);
        browser.cookie().ifPresent(response::cookie);
        return response.build();
    }
}

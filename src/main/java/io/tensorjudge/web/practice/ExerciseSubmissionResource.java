package io.tensorjudge.web.practice;

import io.tensorjudge.grading.SubmissionService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.tensorjudge.web.RateLimits;

/**
 * Submitting code to a public exercise: 202 with the new submission's location; grading happens in the background.
 * The first submission of a browser also sets its practice-history cookie ({@link PracticeBrowser}).
 */
@PermitAll
@Path("/api/v1/exercises/{id}/submissions")
public class ExerciseSubmissionResource {

    private final SubmissionService submissions;
    private final RateLimits rateLimits;

    ExerciseSubmissionResource(SubmissionService submissions, RateLimits rateLimits) {
        this.submissions = submissions;
        this.rateLimits = rateLimits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") String exerciseId,
            @Valid @NotNull(message = "a JSON body is required") SubmitRequest request,
            @CookieParam(PracticeBrowser.COOKIE) String browserCookie, @Context HttpServerRequest http) {
        rateLimits.submission(http);
        PracticeBrowser browser = PracticeBrowser.of(browserCookie);
        String id = submissions.submitPractice(exerciseId, request.language(), request.code(), request.mode(),
                browser.id());
        // A path, as the spec writes it (see Locations).
        return browser.remember(Response.accepted(new SubmissionView.Accepted(id, "QUEUED"))
                .header("Location", "/api/v1/submissions/" + id)).build();
    }
}

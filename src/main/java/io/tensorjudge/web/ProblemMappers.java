package io.tensorjudge.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.tensorjudge.bank.InvalidAnswerException;
import io.tensorjudge.bank.QuestionNotFoundException;
import io.tensorjudge.grading.SubmissionRejectedException;
import io.tensorjudge.web.Problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of an API call into application/problem+json; stack traces never leave the server. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response notFound(QuestionNotFoundException e) {
        return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    Response notFound(io.tensorjudge.grading.NotFoundException e) {
        return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    Response rejected(SubmissionRejectedException e) {
        Response.Status known = Response.Status.fromStatusCode(e.status());
        List<FieldError> errors = e.field() == null ? null : List.of(new FieldError(e.field(), e.getMessage()));
        Response problem = Problem.response(e.status(), known == null ? "Error" : known.getReasonPhrase(),
                e.getMessage(), errors);
        return e.retryAfterSeconds() > 0
                ? Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build()
                : problem;
    }

    @ServerExceptionMapper
    Response invalidAnswer(InvalidAnswerException e) {
        return Problem.response(400, "Bad Request", e.getMessage(), List.of(new FieldError("choices", e.getMessage())));
    }

    @ServerExceptionMapper
    Response rateLimited(RateLimitedException e) {
        Response problem = Problem.response(429, "Too Many Requests", e.getMessage(), null);
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }

    /** Declared for the exact type so that it wins over Quarkus' own mapper for it (which answers plain JSON). */
    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e) {
        String detail = e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? "Field '" + mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName()
                        + "' has the wrong type."
                : "The request body is not valid JSON.";
        return Problem.response(Response.Status.BAD_REQUEST, detail);
    }

    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request.");
        return Problem.response(400, "Bad Request", detail, errors);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "Method not allowed here.";
            case 415 -> "Send the body as application/json.";
            case 400 -> e.getCause() instanceof JsonProcessingException ? "The request body is not valid JSON."
                    : "Bad request.";
            default -> title + ".";
        };
        return Problem.response(status, title, detail, null);
    }

    @ServerExceptionMapper
    Response unexpected(Exception e) {
        LOG.error("Unexpected error while serving a request", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    /** "answer.request.choices[0].<list element>" -> "choices[0]": the field as the client wrote it. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        StringBuilder field = new StringBuilder();
        for (int i = Math.min(2, parts.length - 1); i < parts.length; i++) {
            if (parts[i].startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(parts[i]);
        }
        return field.toString();
    }
}

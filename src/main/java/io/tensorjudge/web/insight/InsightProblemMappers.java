package io.tensorjudge.web.insight;

import io.tensorjudge.assessment.AssessmentException;
import io.tensorjudge.web.Problem;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;

/**
 * Errors of the insight endpoints as problem+json: an unknown assessment (404) and a bad threshold (400). Each
 * resource declares its own {@code @ServerExceptionMapper}s calling these, so they never compete with the assessment
 * area's global mappers.
 */
final class InsightProblemMappers {

    private InsightProblemMappers() {
    }

    static Response assessment(AssessmentException e) {
        return Problem.response(e.status(), e.status() == 404 ? "Not Found" : "Bad Request", e.getMessage(),
                e.fields().isEmpty() ? null
                        : e.fields().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList());
    }

    static Response badRequest(BadRequestException e) {
        return Problem.response(400, "Bad Request", e.getMessage(),
                java.util.List.of(new Problem.FieldError("threshold", e.getMessage())));
    }
}

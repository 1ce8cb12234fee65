package io.tensorjudge.assessment;

import java.util.List;

/**
 * A request the assessment rules refuse, with the HTTP-like status it maps to: 400 invalid input (with the fields),
 * 404 unknown, 409 not possible in the attempt's state (not started, finished, past the deadline).
 */
public class AssessmentException extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final int status;
    private final List<FieldProblem> fields;

    public AssessmentException(int status, String message, List<FieldProblem> fields) {
        super(message);
        this.status = status;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static AssessmentException invalid(List<FieldProblem> fields) {
        String detail = fields.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request.");
        return new AssessmentException(400, detail, fields);
    }

    public static AssessmentException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public static AssessmentException notFound(String message) {
        return new AssessmentException(404, message, null);
    }

    public static AssessmentException conflict(String message) {
        return new AssessmentException(409, message, null);
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}

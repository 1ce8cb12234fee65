package io.tensorjudge.common;

/** What is wrong with one field of a request, named as the client wrote it. */
public record FieldProblem(String field, String message) {
}

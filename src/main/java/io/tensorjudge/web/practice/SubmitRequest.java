package io.tensorjudge.web.practice;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/exercises/{id}/submissions}; language and mode are checked against the exercise. */
public record SubmitRequest(@NotNull(message = "is required") String language,
        @NotNull(message = "is required") String code,
        @NotNull(message = "is required") String mode) {
}

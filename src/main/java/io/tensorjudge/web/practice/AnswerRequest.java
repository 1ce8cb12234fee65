package io.tensorjudge.web.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/v1/questions/{id}/answers}. */
public record AnswerRequest(@NotNull(message = "is required") @Size(min = 1, max = 6, message = "must list 1 to 6 keys")
        List<@NotBlank(message = "must not be blank") String> choices) {
}

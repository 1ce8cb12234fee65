package io.tensorjudge.bank;

import java.time.Instant;

/** One stored version of a question, as the authoring views list it (the content itself stays in the bank). */
public record QuestionVersionInfo(int version, String contentHash, Instant createdAt) {
}

package io.tensorjudge.bank;

import java.util.Set;

/** A recorded practice answer to one question version, for item statistics. */
public record PracticeAnswer(long questionVersionId, Set<String> chosen, boolean correct) {
}

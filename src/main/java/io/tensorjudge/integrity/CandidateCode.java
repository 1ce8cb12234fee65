package io.tensorjudge.integrity;

import io.tensorjudge.common.Language;
/** One candidate's final code for an exercise; {@code candidate} is whatever label the caller wants back. */
public record CandidateCode(String candidate, Language language, String code) {
}

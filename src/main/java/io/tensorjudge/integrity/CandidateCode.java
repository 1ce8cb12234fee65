package io.tensorjudge.integrity;

/** One candidate's final code for an exercise; {@code candidate} is whatever label the caller wants back. */
public record CandidateCode(String candidate, CodeLanguage language, String code) {
}

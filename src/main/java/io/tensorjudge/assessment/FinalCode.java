package io.tensorjudge.assessment;

import io.tensorjudge.common.Language;

/**
 * One attempt's final code for an exercise item: the last submitted code, or the autosaved code of a candidate who
 * never submitted.
 */
public record FinalCode(long attemptId, String candidateName, Language language, String code) {
}

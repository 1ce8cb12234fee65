package io.tensorjudge.grading;

import io.tensorjudge.common.Language;

/** The code of one submission and the language it was written in ({@link SubmissionSnapshot} carries no code). */
public record SourceCode(Language language, String code) {
}

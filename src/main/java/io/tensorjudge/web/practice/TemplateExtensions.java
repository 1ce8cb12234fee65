package io.tensorjudge.web.practice;

import io.quarkus.qute.TemplateExtension;

/** Small helpers for templates: message keys derived from bank slugs. */
@TemplateExtension
class TemplateExtensions {

    /** "rnn-regularization" -> "source_rnn_regularization", a key of {@link PracticeMessages}. */
    static String sourceKey(String slug) {
        return "source_" + slug.replace('-', '_');
    }

    /** "easy" -> "difficulty_easy". */
    static String difficultyKey(String difficulty) {
        return "difficulty_" + difficulty;
    }
}

package io.tensorjudge.bank;

import io.tensorjudge.bank.QuestionFile.QuestionDef;

/** The current version of an active question, as the service hands it out. */
public record PracticeQuestion(String source, long versionId, int version, QuestionDef content) {

    public String id() {
        return content.id();
    }

    /** A disputed item stays in practice but is never drawn into an assessment: its key is not trusted enough to score. */
    public boolean scorable() {
        return content.review() == null || content.review().status() != QuestionFile.ReviewStatus.disputed;
    }

    public Visibility visibility() {
        return content.visibilityOrPublic();
    }

    /** Whether the practice site may show it (a private question exists only inside assessments). */
    public boolean isPublic() {
        return visibility() == Visibility.PUBLIC;
    }
}

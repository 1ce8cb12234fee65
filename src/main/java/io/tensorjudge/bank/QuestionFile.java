package io.tensorjudge.bank;

import io.tensorjudge.common.Difficulty;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One {@code questions/<source>.yaml} file as written by authors (see docs/bank-format.md). */
public record QuestionFile(String source, String seedFile, List<QuestionDef> questions) {

    /** A question as authored. Boxed fields are optional in the file; the validator decides what is required. */
    public record QuestionDef(
            String id,
            List<String> topics,
            Difficulty difficulty,
            Boolean multiple,
            SeedRef seed,
            String stem,
            String stemEn,
            List<ChoiceDef> choices,
            List<String> correct,
            String explanation,
            String explanationEn,
            Review review,
            // Left out of the canonical JSON when absent, so that adding the key kept every question's version hash.
            @JsonInclude(JsonInclude.Include.NON_NULL) Visibility visibility) {

        /** Whether several keys are correct; not named isMultiple so that Jackson never sees a second property. */
        public boolean hasSeveralAnswers() {
            return Boolean.TRUE.equals(multiple);
        }

        /** Public unless the file says {@code visibility: private}. */
        public Visibility visibilityOrPublic() {
            return Visibility.orPublic(visibility);
        }
    }

    public record ChoiceDef(String key, String text, String textEn) {
    }

    /** Where an imported item came from: its number in the seed's list and the seed's own answer. */
    public record SeedRef(Integer number, List<String> answer) {
    }

    public record Review(ReviewStatus status, String note) {
    }

    public enum ReviewStatus {
        ok, fixed, disputed, rewritten
    }
}

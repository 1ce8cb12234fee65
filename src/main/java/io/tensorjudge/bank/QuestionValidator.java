package io.tensorjudge.bank;

import io.tensorjudge.bank.BankYaml.Parsed;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import io.tensorjudge.bank.QuestionFile.ReviewStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the rules of docs/bank-format.md that a schema cannot express; the first broken rule is thrown. */
final class QuestionValidator {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Ids already seen in earlier files, mapped to the file that declared them, to reject duplicates across files. */
    private final Map<String, String> seenIds = new HashMap<>();

    void validate(Parsed<QuestionFile> parsed) {
        QuestionFile file = parsed.value();
        if (file.source() == null || Source.fromSlug(file.source()).isEmpty()) {
            throw parsed.error(null, "'source' must be one of alexnet, resnet, rnn-regularization, dl-fundamentals, "
                    + "pytorch-interview", "source");
        }
        if (file.questions() == null || file.questions().isEmpty()) {
            throw parsed.error(null, "'questions' must list at least one question", "questions");
        }
        for (int i = 0; i < file.questions().size(); i++) {
            validateQuestion(parsed, i, file.questions().get(i));
        }
    }

    private void validateQuestion(Parsed<QuestionFile> parsed, int index, QuestionDef q) {
        Object[] at = {"questions", index};
        if (q == null) {
            throw parsed.error(null, "empty question entry", at);
        }
        String id = q.id();
        require(parsed, id, id != null && !id.isBlank(), "missing required key 'id'", index, null);
        require(parsed, id, SLUG.matcher(id).matches(), "id '" + id + "' is not a lower-case slug like 'alexnet-relu'",
                index, "id");
        String previous = seenIds.putIfAbsent(id, parsed.file().toString());
        require(parsed, id, previous == null, "duplicate id '" + id + "' (already used in " + previous + ")", index,
                "id");
        require(parsed, id, q.topics() != null && !q.topics().isEmpty() && q.topics().size() <= 6,
                "'topics' must list 1 to 6 tags", index, "topics");
        for (String topic : q.topics()) {
            require(parsed, id, topic != null && SLUG.matcher(topic).matches(),
                    "topic '" + topic + "' is not a lower-case slug", index, "topics");
        }
        require(parsed, id, q.difficulty() != null, "missing required key 'difficulty'", index, null);
        require(parsed, id, notBlank(q.stem()), "missing required key 'stem'", index, null);
        require(parsed, id, notBlank(q.explanation()), "missing required key 'explanation'", index, null);
        validateChoices(parsed, index, q);
        validateReview(parsed, index, q);
        if (q.seed() != null) {
            require(parsed, id, q.seed().number() != null && q.seed().answer() != null && !q.seed().answer().isEmpty(),
                    "'seed' needs 'number' and 'answer'", index, "seed");
        }
    }

    private void validateChoices(Parsed<QuestionFile> parsed, int index, QuestionDef q) {
        String id = q.id();
        List<ChoiceDef> choices = q.choices();
        require(parsed, id, choices != null && choices.size() >= 2 && choices.size() <= 6,
                "'choices' must list 2 to 6 choices", index, "choices");
        Set<String> keys = new HashSet<>();
        for (int c = 0; c < choices.size(); c++) {
            ChoiceDef choice = choices.get(c);
            String expected = String.valueOf((char) ('A' + c));
            if (choice == null || !expected.equals(choice.key())) {
                throw parsed.error(id, "choice " + (c + 1) + " must have key '" + expected + "' (keys run A, B, C... "
                        + "in order)", "questions", index, "choices", c);
            }
            if (!notBlank(choice.text())) {
                throw parsed.error(id, "choice " + expected + " has no 'text'", "questions", index, "choices", c);
            }
            keys.add(choice.key());
        }
        List<String> correct = q.correct();
        require(parsed, id, correct != null && !correct.isEmpty(), "missing required key 'correct'", index, null);
        for (String key : correct) {
            require(parsed, id, keys.contains(key), "correct key '" + key + "' is not among the choices " + keys,
                    index, "correct");
        }
        require(parsed, id, new HashSet<>(correct).size() == correct.size(), "'correct' lists a key twice", index,
                "correct");
        if (q.hasSeveralAnswers()) {
            require(parsed, id, correct.size() >= 2,
                    "'multiple: true' needs at least two correct keys, found " + correct.size(), index, "correct");
        } else {
            require(parsed, id, correct.size() == 1, "a single-answer question needs exactly one correct key, found "
                    + correct.size() + " (set 'multiple: true' for several)", index, "correct");
        }
    }

    private void validateReview(Parsed<QuestionFile> parsed, int index, QuestionDef q) {
        String id = q.id();
        if (q.seed() != null) {
            require(parsed, id, q.review() != null, "seed items need a 'review'", index, null);
        }
        if (q.review() != null) {
            require(parsed, id, q.review().status() != null, "'review' needs a 'status'", index, "review");
            require(parsed, id, q.review().status() == ReviewStatus.ok || notBlank(q.review().note()),
                    "'review.note' is required when the status is " + q.review().status(), index, "review");
        }
    }

    private static void require(Parsed<QuestionFile> parsed, String id, boolean ok, String problem, int index,
            String key) {
        if (!ok) {
            throw key == null ? parsed.error(id, problem, "questions", index)
                    : parsed.error(id, problem, "questions", index, key);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

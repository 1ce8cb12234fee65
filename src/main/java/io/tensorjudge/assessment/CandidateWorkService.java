package io.tensorjudge.assessment;

import io.tensorjudge.common.DomainException;
import io.tensorjudge.common.Forbidden;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.Mode;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.grading.SubmissionService;
import io.tensorjudge.grading.SubmissionSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a candidate does inside a started attempt: autosave, answer MCQs, run and submit exercises, report integrity
 * signals. Every call goes through the invite token and is refused (409) once the attempt is finished or past its
 * deadline.
 */
@ApplicationScoped
public class CandidateWorkService {

    /** More submissions than this on one item are refused: grading is shared by everyone. */
    static final int MAX_SUBMISSIONS_PER_ITEM = 30;

    private final AttemptService attempts;
    private final AttemptClock clock;
    private final QuestionService questions;
    private final SubmissionService submissions;
    private final WorkHistoryService history;

    CandidateWorkService(AttemptService attempts, AttemptClock clock, QuestionService questions,
            SubmissionService submissions, WorkHistoryService history) {
        this.attempts = attempts;
        this.clock = clock;
        this.questions = questions;
        this.submissions = submissions;
        this.history = history;
    }

    /** Autosave: code + language for an exercise, the chosen labels ({@link ChoiceOrder}) for an MCQ. */
    @Transactional(dontRollbackOn = DomainException.class)
    public SavedWork save(String token, long itemId, String language, String code, List<String> choices) {
        Attempt attempt = attempts.requireWritable(token);
        AssessmentItem item = itemOf(attempt, itemId);
        AttemptWork work = AttemptWork.<AttemptWork>find("attemptId = ?1 and itemId = ?2", attempt.id, item.id)
                .firstResultOptional().orElseGet(AttemptWork::new);
        work.attemptId = attempt.id;
        work.itemId = item.id;
        if (item.kind == AssessmentItem.Kind.EXERCISE) {
            requireLanguage(attempt, language);
            if (code == null || code.length() > 65_000) {
                throw Invalid.field("code", "code is required and at most 65000 characters");
            }
            work.language = language;
            work.code = code;
        } else {
            var question = questions.find(item.refId)
                    .orElseThrow(() -> new Conflict("This question was removed from the bank."));
            // The candidate sends the labels it was shown; the work keeps canonical keys.
            work.choices = choices == null || choices.isEmpty() ? ""
                    : String.join(",", McqChoices.validate(question, orderOf(attempt, item.id, question)
                            .toCanonical(choices)));
        }
        work.updatedAt = clock.now();
        work.persist();
        history.record(work);
        return SavedWork.of(work);
    }

    /**
     * The attempt of {@code token} as its candidate sees it (finished first if its deadline has passed): two queries
     * for what was answered and submitted, not two per item.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public CandidateWorkspace workspace(String token) {
        Attempt attempt = attempts.byToken(token);
        Assessment assessment = Assessment.findById(attempt.assessmentId);
        Map<Long, SavedWork> saved = workOf(attempt).stream()
                .collect(Collectors.toMap(w -> w.itemId, SavedWork::of));
        Set<Long> done = new HashSet<>();
        AttemptAnswer.<AttemptAnswer>list("attemptId", attempt.id).forEach(a -> done.add(a.itemId));
        // The latest run or submission of each item, so that a reloaded page shows its result again.
        Map<Long, String> last = new HashMap<>();
        AttemptSubmission.<AttemptSubmission>list("attemptId = ?1 order by createdAt, id", attempt.id).forEach(s -> {
            if (Mode.SUBMIT.wireName().equals(s.mode)) {
                done.add(s.itemId);
            }
            last.put(s.itemId, s.submissionId);
        });
        List<CandidateWorkspace.Item> items = assessment.items().stream().map(i -> {
            // One read of an MCQ's question serves both its choice order and what the candidate is shown.
            var question = i.kind == AssessmentItem.Kind.MCQ ? questions.find(i.refId).orElse(null) : null;
            return new CandidateWorkspace.Item(ItemInfo.of(i), done.contains(i.id), saved.get(i.id),
                    question == null ? null : orderOf(attempt, i.id, question),
                    question == null ? null : question.content(), last.get(i.id));
        }).toList();
        return new CandidateWorkspace(AttemptInfo.of(attempt), assessment.title, assessment.timeLimitMinutes,
                assessment.closesAt, assessment.allowRun, assessment.languageList(), clock.secondsLeft(attempt), items,
                assessment.language);
    }

    /**
     * Submits an MCQ answer given in this attempt's labels; the last one counts. Stored with canonical keys;
     * correctness is stored, never returned to the candidate.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public void answer(String token, long itemId, List<String> choices) {
        Attempt attempt = attempts.requireWritable(token);
        AssessmentItem item = itemOf(attempt, itemId);
        if (item.kind != AssessmentItem.Kind.MCQ) {
            throw Invalid.field("itemId", "item " + itemId + " is an exercise: submit code instead");
        }
        var question = questions.find(item.refId)
                .orElseThrow(() -> new Conflict("This question was removed from the bank."));
        attempts.recordAnswer(attempt, item, orderOf(attempt, item.id, question).toCanonical(choices), clock.now());
        save(token, itemId, null, null, choices);
    }

    /**
     * The labels under which the attempt of {@code token} shows the given bank keys of an MCQ item (what a candidate
     * who means those keys sends); for tools and tests that speak in bank keys.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public List<String> labelsOf(String token, long itemId, List<String> keys) {
        Attempt attempt = attempts.byToken(token);
        AssessmentItem item = itemOf(attempt, itemId);
        return choiceOrder(attempt, ItemInfo.of(item)).map(o -> o.toLabels(keys)).orElse(keys);
    }

    /** The order (and labels) in which this attempt shows an MCQ item's choices; empty for an exercise. */
    Optional<ChoiceOrder> choiceOrder(Attempt attempt, ItemInfo item) {
        if (item.kind() != AssessmentItem.Kind.MCQ) {
            return Optional.empty();
        }
        return questions.find(item.refId()).map(q -> orderOf(attempt, item.id(), q));
    }

    private static ChoiceOrder orderOf(Attempt attempt, long itemId, io.tensorjudge.bank.PracticeQuestion q) {
        return ChoiceOrder.of(attempt.choiceSeed, itemId, q.content().choices().stream()
                .map(io.tensorjudge.bank.QuestionFile.ChoiceDef::key).toList());
    }

    /** Queues the code for grading (mode "submit" scores, "run" only the visible tests) and links it to the item. */
    @Transactional(dontRollbackOn = DomainException.class)
    public String submit(String token, long itemId, String language, String code, String mode) {
        Attempt attempt = attempts.requireWritable(token);
        AssessmentItem item = itemOf(attempt, itemId);
        if (item.kind != AssessmentItem.Kind.EXERCISE) {
            throw Invalid.field("itemId", "item " + itemId + " is a question: answer it instead");
        }
        if (Mode.parse(mode).isEmpty()) {
            throw Invalid.field("mode", "mode must be 'run' or 'submit'");
        }
        Assessment assessment = Assessment.findById(attempt.assessmentId);
        if (Mode.RUN.is(mode) && !assessment.allowRun) {
            throw new Forbidden("Running the visible tests is not allowed in this assessment.");
        }
        requireLanguage(attempt, language);
        if (AttemptSubmission.count("attemptId = ?1 and itemId = ?2", attempt.id, item.id) >= MAX_SUBMISSIONS_PER_ITEM) {
            throw new Conflict("At most " + MAX_SUBMISSIONS_PER_ITEM + " runs and submissions per item.");
        }
        // SubmissionService commits the submission in its own transaction; the link below refers to it. Every
        // submission of this attempt is graded on the attempt's own hidden cases (Attempt.caseSeed).
        String id = submissions.submitForAttempt(item.refId, language, code, mode, attempt.id, attempt.caseSeed);
        AttemptSubmission link = new AttemptSubmission();
        link.attemptId = attempt.id;
        link.itemId = item.id;
        link.submissionId = id;
        link.mode = mode;
        link.createdAt = clock.now();
        link.persist();
        save(token, itemId, language, code, null);
        return id;
    }

    /** A submission of this attempt, or empty when it belongs to another attempt (or none). */
    @Transactional(dontRollbackOn = DomainException.class)
    public Optional<SubmissionSnapshot> submissionOf(String token, String submissionId) {
        Attempt attempt = attempts.byToken(token);
        boolean ours = AttemptSubmission.count("attemptId = ?1 and submissionId = ?2", attempt.id, submissionId) > 0;
        return ours ? submissions.find(submissionId) : Optional.empty();
    }

    /** Records a paste or a tab switch; accepted while the attempt is running. */
    @Transactional(dontRollbackOn = DomainException.class)
    public void signal(String token, Long itemId, IntegrityEvent.Kind kind, String detail) {
        Attempt attempt = attempts.requireWritable(token);
        if (kind == null) {
            throw Invalid.field("kind", "kind must be PASTE, TAB_HIDDEN or TAB_VISIBLE");
        }
        IntegrityEvent event = new IntegrityEvent();
        event.attemptId = attempt.id;
        event.itemId = itemId == null ? null : itemOf(attempt, itemId).id;
        event.kind = kind;
        event.detail = detail == null ? null : detail.substring(0, Math.min(200, detail.length()));
        event.occurredAt = clock.now();
        event.persist();
    }

    /** The saved work of every item of the attempt. */
    @Transactional(dontRollbackOn = DomainException.class)
    List<AttemptWork> workOf(Attempt attempt) {
        return AttemptWork.list("attemptId", attempt.id);
    }

    /** The saved work of every item of an attempt, for the review (callers check the staff member's access). */
    @Transactional(dontRollbackOn = DomainException.class)
    public List<SavedWork> savedWork(long attemptId) {
        return AttemptWork.<AttemptWork>list("attemptId", attemptId).stream().map(SavedWork::of).toList();
    }

    /** The choice order an attempt showed for an MCQ item, for the review; empty for an exercise. */
    @Transactional(dontRollbackOn = DomainException.class)
    public Optional<ChoiceOrder> choiceOrder(long attemptId, ItemInfo item) {
        return Attempt.<Attempt>findByIdOptional(attemptId).flatMap(a -> choiceOrder(a, item));
    }

    private static AssessmentItem itemOf(Attempt attempt, long itemId) {
        AssessmentItem item = AssessmentItem.findById(itemId);
        if (item == null || !item.assessmentId.equals(attempt.assessmentId)) {
            throw new NotFound("No item " + itemId + " in this assessment.");
        }
        return item;
    }

    private static void requireLanguage(Attempt attempt, String language) {
        Assessment assessment = Assessment.findById(attempt.assessmentId);
        if (language == null || !assessment.languageList().contains(language)) {
            throw Invalid.field("language", "language must be one of " + assessment.languageList());
        }
    }
}

package io.tensorjudge.assessment;

import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.DomainException;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.Gone;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.account.StaffMember;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Invites candidates and moves attempts through INVITED -> STARTED -> FINISHED. */
@ApplicationScoped
public class AttemptService {

    /** Choice and case seeds: unpredictable, so one candidate cannot work out another's order or hidden inputs. */
    private static final java.security.SecureRandom SEEDS = new java.security.SecureRandom();

    static long newSeed() {
        return SEEDS.nextLong();
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final AssessmentService assessments;
    private final AttemptClock clock;
    private final QuestionService questions;
    private final AttemptScorer scorer;

    AttemptService(AssessmentService assessments, AttemptClock clock, QuestionService questions,
            AttemptScorer scorer) {
        this.assessments = assessments;
        this.clock = clock;
        this.questions = questions;
        this.scorer = scorer;
    }

    @Transactional(dontRollbackOn = DomainException.class)
    public Invitation invite(long assessmentId, StaffMember staff, String name, String email) {
        Assessment assessment = assessments.requireVisible(assessmentId, staff);
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(new FieldProblem("name", "a name of 1 to 200 characters is required"));
        }
        if (email == null || email.length() > 200 || !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new FieldProblem("email", "a valid e-mail address is required"));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        if (assessment.archivedAt != null) {
            throw new Conflict("This assessment is archived: restore it to invite candidates.");
        }
        String token = InviteTokens.newToken();
        Attempt attempt = new Attempt();
        attempt.assessmentId = assessment.id;
        attempt.candidateName = name.strip();
        attempt.candidateEmail = email.strip();
        attempt.tokenHash = InviteTokens.hash(token);
        attempt.choiceSeed = SEEDS.nextLong();
        attempt.caseSeed = SEEDS.nextLong();
        attempt.status = Attempt.Status.INVITED;
        attempt.createdAt = clock.now();
        attempt.persist();
        return new Invitation(attempt.id, attempt.candidateName, attempt.candidateEmail, token);
    }

    /**
     * The invite {@code attemptId} of assessment {@code assessmentId} again, if {@code token} is its token: the
     * page after an invite's redirect shows the link from the interviewer's own cookie, never from storage.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Optional<Invitation> invitation(long assessmentId, long attemptId, String token,
            StaffMember staff) {
        assessments.requireVisible(assessmentId, staff);
        return Attempt.<Attempt>findByIdOptional(attemptId)
                .filter(a -> a.assessmentId == assessmentId && token != null
                        && MessageDigest.isEqual(a.tokenHash.getBytes(StandardCharsets.US_ASCII),
                                InviteTokens.hash(token).getBytes(StandardCharsets.US_ASCII)))
                .map(a -> new Invitation(a.id, a.candidateName, a.candidateEmail, token));
    }

    /**
     * Withdraws an invite: its link then opens nothing. A started attempt ends now (what was submitted still
     * counts); a finished one keeps its results. Withdrawing twice changes nothing.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public AttemptInfo revoke(long assessmentId, long attemptId, StaffMember staff) {
        Attempt attempt = attemptOf(assessmentId, attemptId, staff);
        if (attempt.revokedAt != null) {
            return AttemptInfo.of(attempt);
        }
        var now = clock.now();
        if (attempt.status == Attempt.Status.STARTED) {
            finishAt(attempt, now);
        }
        attempt.revokedAt = now;
        return AttemptInfo.of(attempt);
    }

    /** The most extra time one candidate can be given: a working day. */
    static final int MAX_EXTRA_MINUTES = 8 * 60;

    /**
     * Sets the extra minutes of one candidate (replacing any given before): added to the time limit at start, or
     * to the running deadline, which the server enforces as any other. A finished or withdrawn attempt -> 409, as
     * is a change that would put the deadline of a running attempt in the past.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public AttemptInfo setExtraMinutes(long assessmentId, long attemptId, Integer minutes, StaffMember staff) {
        Attempt attempt = attemptOf(assessmentId, attemptId, staff);
        if (minutes == null || minutes < 0 || minutes > MAX_EXTRA_MINUTES) {
            throw new Invalid(List.of(new FieldProblem("minutes", "0 to " + MAX_EXTRA_MINUTES + " minutes")));
        }
        if (attempt.revokedAt != null) {
            throw new Conflict("This invite was withdrawn.");
        }
        if (attempt.status == Attempt.Status.FINISHED) {
            throw new Conflict("This attempt is finished: extra time no longer applies.");
        }
        if (attempt.status == Attempt.Status.STARTED) {
            var deadline = attempt.deadline.plusSeconds(60L * (minutes - attempt.extraMinutes));
            if (!clock.now().isBefore(deadline)) {
                throw new Conflict("That would end the attempt now: the candidate's time would be over.");
            }
            attempt.deadline = deadline;
        }
        attempt.extraMinutes = minutes;
        return AttemptInfo.of(attempt);
    }

    /** The scored attempts of an assessment visible to {@code staff}, oldest invite first. */
    @Transactional(dontRollbackOn = DomainException.class)
    public List<AttemptResult> resultsOf(long assessmentId, StaffMember staff) {
        return attemptsOf(assessmentId, staff).stream().map(scorer::score).toList();
    }

    /** Attempt {@code attemptId} of assessment {@code assessmentId}, brought up to date; 404 when it is another's. */
    private Attempt attemptOf(long assessmentId, long attemptId, StaffMember staff) {
        Attempt attempt = attemptFor(attemptId, staff);
        if (attempt.assessmentId != assessmentId) {
            throw new NotFound("No attempt " + attemptId + " in assessment " + assessmentId + ".");
        }
        return attempt;
    }

    /** One scored attempt of assessment {@code assessmentId}; 404 when the attempt belongs to another one. */
    @Transactional(dontRollbackOn = DomainException.class)
    public AttemptResult resultOf(long assessmentId, long attemptId, StaffMember staff) {
        Attempt attempt = attemptFor(attemptId, staff);
        if (attempt.assessmentId != assessmentId) {
            throw new NotFound("No attempt " + attemptId + " in assessment " + assessmentId + ".");
        }
        return scorer.score(attempt);
    }

    /** The attempts of an assessment visible to {@code staff}, oldest invite first, each brought up to date. */
    @Transactional(dontRollbackOn = DomainException.class)
    List<Attempt> attemptsOf(long assessmentId, StaffMember staff) {
        assessments.requireVisible(assessmentId, staff);
        // A preview is the interviewer's own try: no result of the assessment counts it.
        List<Attempt> attempts = Attempt.list("assessmentId = ?1 and preview = false order by createdAt, id",
                assessmentId);
        attempts.forEach(this::finishIfDue);
        return attempts;
    }

    /** One attempt, for staff who may see its assessment. */
    @Transactional(dontRollbackOn = DomainException.class)
    Attempt attemptFor(long attemptId, StaffMember staff) {
        Attempt attempt = Attempt.<Attempt>findByIdOptional(attemptId)
                .orElseThrow(() -> new NotFound("No attempt " + attemptId + "."));
        assessments.requireVisible(attempt.assessmentId, staff);
        finishIfDue(attempt);
        return attempt;
    }

    /** The attempt an invite token opens, finished first if its deadline has passed; 404 for an unknown token. */
    @Transactional(dontRollbackOn = DomainException.class)
    public Attempt byToken(String token) {
        Attempt attempt = token == null ? null : Attempt.findByTokenHash(InviteTokens.hash(token)).orElse(null);
        if (attempt == null) {
            throw new NotFound("This invite link is not valid.");
        }
        if (attempt.revokedAt != null) {
            throw new Gone("This invite was withdrawn by the interviewer.");
        }
        finishIfDue(attempt);
        return attempt;
    }

    /** Starts the clock; starting again (reload, second tab) returns the attempt unchanged. */
    @Transactional(dontRollbackOn = DomainException.class)
    public Attempt start(String token) {
        Attempt attempt = byToken(token);
        if (attempt.status == Attempt.Status.FINISHED) {
            throw new Conflict("This attempt is already finished.");
        }
        if (attempt.status == Attempt.Status.STARTED) {
            return attempt;
        }
        Assessment assessment = Assessment.findById(attempt.assessmentId);
        var now = clock.now();
        if (attempt.preview) {
            // The interviewer tries it out whenever they like: no opening window, the whole time limit.
            attempt.status = Attempt.Status.STARTED;
            attempt.startedAt = now;
            attempt.deadline = now.plusSeconds(60L * assessment.timeLimitMinutes);
            return attempt;
        }
        if (assessment.opensAt != null && now.isBefore(assessment.opensAt)) {
            throw new Conflict("This assessment opens at " + assessment.opensAt + ".");
        }
        if (assessment.closesAt != null && !now.isBefore(assessment.closesAt)) {
            throw new Conflict("This assessment closed at " + assessment.closesAt + ".");
        }
        if (assessment.archivedAt != null) {
            throw new Conflict("This assessment was archived by the interviewer: it can no longer be started.");
        }
        attempt.status = Attempt.Status.STARTED;
        attempt.startedAt = now;
        attempt.deadline = clock.deadlineFor(assessment, now).plusSeconds(60L * attempt.extraMinutes);
        return attempt;
    }

    /** Ends the attempt now (the candidate's Finish button). */
    @Transactional(dontRollbackOn = DomainException.class)
    public Attempt finish(String token) {
        Attempt attempt = requireWritable(token);
        finishAt(attempt, clock.now());
        return attempt;
    }

    /**
     * The attempt of the token if work may still be saved or submitted: started, not finished, before its deadline.
     * Anything else is a 409 with a message the candidate can read.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Attempt requireWritable(String token) {
        Attempt attempt = byToken(token);
        if (attempt.status == Attempt.Status.INVITED) {
            throw new Conflict("Start the assessment first.");
        }
        if (attempt.status == Attempt.Status.FINISHED) {
            throw new Conflict(attempt.deadline != null && !attempt.finishedAt.isBefore(attempt.deadline)
                    ? "The time is up: this attempt was finished at its deadline and accepts no more work."
                    : "This attempt is finished and accepts no more work.");
        }
        return attempt;
    }

    void finishIfDue(Attempt attempt) {
        if (attempt.status == Attempt.Status.STARTED && clock.pastDeadline(attempt)) {
            finishAt(attempt, attempt.deadline);
        }
    }

    /**
     * Finishing records, for every MCQ the candidate chose keys for but never submitted, the saved choice as the
     * answer: the autosave was made before the deadline, so it is what the candidate meant.
     */
    private void finishAt(Attempt attempt, java.time.Instant at) {
        attempt.status = Attempt.Status.FINISHED;
        attempt.finishedAt = at;
        for (AssessmentItem item : AssessmentItem.<AssessmentItem>list("assessmentId = ?1 and kind = ?2",
                attempt.assessmentId, AssessmentItem.Kind.MCQ)) {
            AttemptWork work = AttemptWork.find("attemptId = ?1 and itemId = ?2", attempt.id, item.id).firstResult();
            boolean answered = AttemptAnswer.count("attemptId = ?1 and itemId = ?2", attempt.id, item.id) > 0;
            if (work != null && work.choices != null && !work.choices.isBlank() && !answered) {
                recordAnswer(attempt, item, List.of(work.choices.split(",")), at);
            }
        }
    }

    /** Grades and stores (or replaces) the answer to an MCQ item against the question's current version. */
    AttemptAnswer recordAnswer(Attempt attempt, AssessmentItem item, List<String> chosen, java.time.Instant at) {
        PracticeQuestion question = questions.find(item.refId)
                .orElseThrow(() -> new Conflict("Question " + item.refId + " was removed from the bank."));
        Set<String> keys = McqChoices.validate(question, chosen);
        AttemptAnswer answer = AttemptAnswer.<AttemptAnswer>find("attemptId = ?1 and itemId = ?2", attempt.id, item.id)
                .firstResultOptional().orElseGet(AttemptAnswer::new);
        answer.attemptId = attempt.id;
        answer.itemId = item.id;
        answer.questionVersionId = question.versionId();
        answer.choices = String.join(",", keys);
        answer.correct = keys.equals(new java.util.TreeSet<>(question.content().correct()));
        answer.answeredAt = at;
        answer.persist();
        return answer;
    }
}

package io.tensorjudge.assessment;

import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.Roles;
import io.tensorjudge.account.StaffMember;
import io.tensorjudge.assessment.AssessmentDraft.ItemSpec;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentServiceTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Inject AccountService accounts;
    @Inject AssessmentService assessments;
    @Inject AttemptService attempts;
    @Inject CandidateWorkService work;
    @Inject AttemptScorer scorer;
    @Inject QuestionService questions;
    @Inject MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void randomItemsAreDrawnFromTheTopicWithoutRepeatingPickedOnes() {
        String picked = questions.scorable("backprop").get(0).id();
        int inTopic = questions.scorable("backprop").size();
        AssessmentSummary a = assessments.create(interviewer(), draft(List.of(
                new ItemSpec("MCQ", picked, null, null, 2),
                new ItemSpec("RANDOM_MCQ", null, "backprop", inTopic - 1, 3, true))));

        List<ItemInfo> items = a.items();
        assertThat(items).hasSize(inTopic);
        assertThat(items).extracting(ItemInfo::refId).doesNotHaveDuplicates();
        assertThat(items.subList(1, items.size())).allSatisfy(i -> {
            assertThat(i.points()).isEqualTo(3);
            assertThat(questions.find(i.refId()).orElseThrow().content().topics()).contains("backprop");
        });
    }

    @Test
    void disputedQuestionsAreNeverPutIntoAnAssessment() {
        List<PracticeQuestion> disputed = questions.list(null, null).stream().filter(q -> !q.scorable()).toList();
        assertThat(disputed).as("the bank has disputed items").isNotEmpty();
        PracticeQuestion one = disputed.get(0);
        assertThatThrownBy(() -> assessments.create(interviewer(), draft(List.of(
                new ItemSpec("MCQ", one.id(), null, null, 1)))))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields())
                        .extracting(FieldProblem::field).containsExactly("items[0].refId"));

        String topic = one.content().topics().get(0);
        int scorable = questions.scorable(topic).size();
        assertThat(scorable).isLessThan(questions.list(topic, null).size());
        AssessmentSummary a = assessments.create(interviewer(), draft(List.of(
                new ItemSpec("RANDOM_MCQ", null, topic, scorable, 1, true))));
        assertThat(a.items()).extracting(ItemInfo::refId)
                .hasSize(scorable).doesNotContainAnyElementsOf(disputed.stream().map(PracticeQuestion::id).toList());
        assertThatThrownBy(() -> assessments.create(interviewer(), draft(List.of(
                new ItemSpec("RANDOM_MCQ", null, topic, scorable + 1, 1, true)))))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void anInvalidDraftNamesEveryBadField() {
        AssessmentDraft bad = new AssessmentDraft(" ", 0, List.of("cobol"), false, null, null, List.of(
                new ItemSpec("EXERCISE", "no-such-exercise", null, null, 1),
                new ItemSpec("RANDOM_MCQ", null, "backprop", 10_000, 1)));
        assertThatThrownBy(() -> assessments.create(interviewer(), bad))
                .isInstanceOfSatisfying(Invalid.class, e -> {
                    assertThat(e.fields()).extracting(FieldProblem::field)
                            .contains("title", "timeLimitMinutes", "languages", "items[0].refId", "items[1].count");
                });
    }

    @Test
    void onlyTheOwnerAndThoseItIsSharedWithMaySeeIt() {
        StaffMember owner = interviewer();
        StaffMember colleague = interviewer();
        AssessmentSummary a = assessments.create(owner, draft(mcqs(1)));

        assertThatThrownBy(() -> assessments.requireVisible(a.id(), colleague)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> attempts.invite(a.id(), colleague, "X", "x@example.com"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(assessments.listFor(colleague, false)).extracting(AssessmentSummary::id).doesNotContain(a.id());

        assessments.share(a.id(), owner, List.of(colleague.username()));
        assertThat(assessments.summary(a.id(), colleague).title()).isEqualTo("Screening");
        assertThat(assessments.listFor(colleague, false)).extracting(AssessmentSummary::id).contains(a.id());
    }

    @Test
    void theInviteTokenIsLongAndOnlyItsHashIsStored() {
        AssessmentSummary a = assessments.create(interviewer(), draft(mcqs(1)));
        Invitation invite = attempts.invite(a.id(), owner(a), "Ada", "ada@example.com");

        assertThat(Base64.getUrlDecoder().decode(invite.token())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(invite.link()).isEqualTo("/take/" + invite.token());
        Attempt stored = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(invite.attemptId()));
        assertThat(stored.tokenHash).hasSize(64).isNotEqualTo(invite.token()).isEqualTo(InviteTokens.hash(invite.token()));
        assertThat(attempts.byToken(invite.token()).id).isEqualTo(stored.id);
        assertThatThrownBy(() -> attempts.byToken(invite.token() + "x"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theDeadlineIsFixedAtStartAndCappedByTheClosingTime() {
        Instant closes = clock.instant().plus(Duration.ofMinutes(20)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        AssessmentSummary a = assessments.create(interviewer(), new AssessmentDraft("Capped", 45, List.of("python"), true,
                null, closes, mcqs(1)));
        AssessmentSummary b = assessments.create(interviewer(), draft(mcqs(1)));
        String capped = attempts.invite(a.id(), owner(a), "A", "a@example.com").token();
        String limited = attempts.invite(b.id(), owner(b), "B", "b@example.com").token();

        Attempt started = attempts.start(capped);
        assertThat(started.deadline).isEqualTo(closes);
        Attempt byLimit = attempts.start(limited);
        assertThat(byLimit.deadline).isEqualTo(byLimit.startedAt.plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.start(limited).deadline).as("a second start (reload, second tab)").isEqualTo(byLimit.deadline);
    }

    @Test
    void autosavedWorkSurvivesAReRead() {
        AssessmentSummary a = assessments.create(interviewer(), draft(List.of(
                new ItemSpec("EXERCISE", "softmax", null, null, 10), mcqs(1).get(0))));
        String token = attempts.invite(a.id(), owner(a), "C", "c@example.com").token();
        attempts.start(token);
        List<ItemInfo> items = a.items();

        work.save(token, items.get(0).id(), "python", "def softmax(x, axis=-1):\n    pass\n", null);
        // The candidate sends the labels shown; the work keeps the bank keys behind them.
        work.save(token, items.get(1).id(), null, null, work.labelsOf(token, items.get(1).id(), List.of("B", "A")));

        List<AttemptWork> saved = QuarkusTransaction.requiringNew().call(() -> work.workOf(attempts.byToken(token)));
        assertThat(saved).anySatisfy(w -> {
            assertThat(w.code).contains("def softmax");
            assertThat(w.language).isEqualTo("python");
        });
        assertThat(saved).anySatisfy(w -> assertThat(w.choices).isEqualTo("A,B"));
    }

    @Test
    void pastTheDeadlineWorkIsRefusedAndTheSavedChoiceBecomesTheAnswer() {
        var question = questions.scorable(null).get(0);
        String correctKey = question.content().correct().get(0);
        AssessmentSummary a = assessments.create(interviewer(), draft(List.of(
                new ItemSpec("MCQ", question.id(), null, null, 4))));
        String token = attempts.invite(a.id(), owner(a), "D", "d@example.com").token();
        attempts.start(token);
        long itemId = a.items().get(0).id();
        work.save(token, itemId, null, null, work.labelsOf(token, itemId, List.of(correctKey)));

        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> work.save(token, itemId, null, null, List.of(correctKey)))
                .isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.getMessage()).contains("time is up");
                });

        Attempt finished = attempts.byToken(token);
        assertThat(finished.status).isEqualTo(Attempt.Status.FINISHED);
        assertThat(finished.finishedAt).isEqualTo(finished.deadline);
        AttemptResult result = scorer.score(finished);
        assertThat(result.score()).isEqualTo(4.0);
        assertThat(result.maxPoints()).isEqualTo(4);
        assertThat(result.timeUsed()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void mcqScoringIsAllOrNothing() {
        var question = questions.scorable(null).stream().filter(q -> q.content().correct().size() == 1)
                .findFirst().orElseThrow();
        String wrongKey = question.content().choices().stream().map(c -> c.key())
                .filter(k -> !question.content().correct().contains(k)).findFirst().orElseThrow();
        AssessmentSummary a = assessments.create(interviewer(), draft(List.of(
                new ItemSpec("MCQ", question.id(), null, null, 5))));
        long itemId = a.items().get(0).id();
        String right = attempts.invite(a.id(), owner(a), "R", "r@example.com").token();
        String wrong = attempts.invite(a.id(), owner(a), "W", "w@example.com").token();
        attempts.start(right);
        attempts.start(wrong);

        work.answer(right, itemId, work.labelsOf(right, itemId, question.content().correct()));
        work.answer(wrong, itemId, work.labelsOf(wrong, itemId, List.of(question.content().correct().get(0),
                wrongKey)));

        assertThat(scorer.score(attempts.finish(right)).score()).isEqualTo(5.0);
        assertThat(scorer.score(attempts.finish(wrong)).score()).isEqualTo(0.0);
        assertThatThrownBy(() -> work.answer(right, itemId, question.content().correct()))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void itemsFreezeOnceACandidateHasStarted() {
        StaffMember owner = interviewer();
        AssessmentSummary a = assessments.create(owner, draft(mcqs(1)));
        attempts.start(attempts.invite(a.id(), owner, "E", "e@example.com").token());

        AssessmentDraft renamed = new AssessmentDraft("Renamed", 30, List.of("python"), true, null, null, mcqs(1));
        assertThat(assessments.update(a.id(), owner, renamed).title()).isEqualTo("Renamed");
        assertThatThrownBy(() -> assessments.update(a.id(), owner, draft(mcqs(2))))
                .isInstanceOf(Conflict.class);
    }

    private StaffMember interviewer() {
        String name = "svc-interviewer-" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        return accounts.create(name, name, "password-" + name, List.of(Roles.INTERVIEWER));
    }

    private StaffMember owner(AssessmentSummary a) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.find(a.ownerId()).orElseThrow());
    }

    private List<ItemSpec> mcqs(int n) {
        return questions.scorable(null).stream().limit(n)
                .map(q -> new ItemSpec("MCQ", q.id(), null, null, 1)).toList();
    }

    private static AssessmentDraft draft(List<ItemSpec> items) {
        return new AssessmentDraft("Screening", 30, List.of("python"), true, null, null, items);
    }
}

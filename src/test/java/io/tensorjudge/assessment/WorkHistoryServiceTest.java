package io.tensorjudge.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.Roles;
import io.tensorjudge.account.StaffMember;
import io.tensorjudge.assessment.AssessmentDraft.ItemSpec;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.common.NotFound;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkHistoryServiceTest {

    @Inject AccountService accounts;
    @Inject AssessmentService assessments;
    @Inject AttemptService attempts;
    @Inject CandidateWorkService work;
    @Inject WorkHistoryService history;
    @Inject QuestionService questions;
    @Inject MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldKeepOneSnapshotPerChangeWhenIdenticalAutosavesRepeat() {
        StaffMember owner = interviewer();
        AssessmentSummary a = assessments.create(owner, draft(List.of(new ItemSpec("EXERCISE", "softmax", null, null, 10))));
        long itemId = a.items().get(0).id();
        Invitation invite = attempts.invite(a.id(), owner, "S", "s@example.com");
        attempts.start(invite.token());

        work.save(invite.token(), itemId, "python", "def softmax(x):\n", null);
        work.save(invite.token(), itemId, "python", "def softmax(x):\n", null);
        work.save(invite.token(), itemId, "python", "def softmax(x):\n    return x\n", null);
        work.save(invite.token(), itemId, "python", "def softmax(x):\n    return x\n", null);
        work.save(invite.token(), itemId, "java", "def softmax(x):\n    return x\n", null);

        Playback playback = history.playback(a.id(), invite.attemptId(), itemId, owner);
        assertThat(playback.frames()).extracting(Playback.Frame::code, Playback.Frame::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple("def softmax(x):\n", "python"),
                org.assertj.core.groups.Tuple.tuple("def softmax(x):\n    return x\n", "python"),
                org.assertj.core.groups.Tuple.tuple("def softmax(x):\n    return x\n", "java"));
        assertThat(playback.frames()).allSatisfy(f -> assertThat(f.source()).isEqualTo(Playback.Source.AUTOSAVE));
    }

    @Test
    void shouldOverwriteTheNewestSnapshotWhenAnItemReachesItsCap() {
        StaffMember owner = interviewer();
        AssessmentSummary a = assessments.create(owner, draft(List.of(new ItemSpec("EXERCISE", "softmax", null, null, 10))));
        long itemId = a.items().get(0).id();
        Invitation invite = attempts.invite(a.id(), owner, "K", "k@example.com");
        attempts.start(invite.token());

        int saves = WorkHistoryService.MAX_SNAPSHOTS_PER_ITEM + 5;
        for (int i = 0; i < saves; i++) {
            work.save(invite.token(), itemId, "python", "x = " + i + "\n", null);
        }

        List<Playback.Frame> frames = history.playback(a.id(), invite.attemptId(), itemId, owner).frames();
        assertThat(frames).hasSize(WorkHistoryService.MAX_SNAPSHOTS_PER_ITEM);
        assertThat(frames.get(0).code()).isEqualTo("x = 0\n");
        assertThat(frames.get(frames.size() - 1).code()).as("the last state is kept").isEqualTo("x = " + (saves - 1) + "\n");
    }

    @Test
    void shouldEstimateTimePerItemWhenTheCandidateSwitchesBetweenItems() {
        StaffMember owner = interviewer();
        var question = questions.scorable(null).get(0);
        AssessmentSummary a = assessments.create(owner, draft(List.of(new ItemSpec("EXERCISE", "softmax", null, null, 10),
                new ItemSpec("MCQ", question.id(), null, null, 1))));
        long exercise = a.items().get(0).id();
        long mcq = a.items().get(1).id();
        Invitation invite = attempts.invite(a.id(), owner, "T", "t@example.com");
        attempts.start(invite.token());

        clock.advance(Duration.ofSeconds(120));
        work.save(invite.token(), exercise, "python", "a = 1\n", null);
        clock.advance(Duration.ofSeconds(45));
        work.answer(invite.token(), mcq, work.labelsOf(invite.token(), mcq, question.content().correct()));
        clock.advance(Duration.ofSeconds(30));
        work.save(invite.token(), exercise, "python", "a = 2\n", null);
        clock.advance(Duration.ofSeconds(600));
        attempts.finish(invite.token());

        Map<Long, Long> seconds = history.secondsPerItem(a.id(), invite.attemptId(), owner);
        // Start -> 120 s exercise, -> 165 s the MCQ, -> 195 s the exercise again; the 600 s before Finish go nowhere.
        assertThat(seconds.get(exercise)).isBetween(150L, 151L);
        assertThat(seconds.get(mcq)).isBetween(44L, 46L);
    }

    @Test
    void shouldRefuseTheHistoryWhenTheStaffMemberMayNotSeeTheAssessment() {
        StaffMember owner = interviewer();
        AssessmentSummary a = assessments.create(owner, draft(List.of(new ItemSpec("EXERCISE", "softmax", null, null, 10))));
        long itemId = a.items().get(0).id();
        Invitation invite = attempts.invite(a.id(), owner, "F", "f@example.com");
        AssessmentSummary other = assessments.create(owner, draft(List.of(new ItemSpec("EXERCISE", "softmax", null, null, 10))));

        assertThatThrownBy(() -> history.playback(a.id(), invite.attemptId(), itemId, interviewer()))
                .isInstanceOf(io.quarkus.security.ForbiddenException.class);
        assertThatThrownBy(() -> history.playback(other.id(), invite.attemptId(), itemId, owner))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> history.playback(a.id(), invite.attemptId(), other.items().get(0).id(), owner))
                .isInstanceOf(NotFound.class);
    }

    private StaffMember interviewer() {
        String name = "hist-interviewer-" + System.nanoTime() % 1_000_000;
        return accounts.create(name, name, "password-" + name, List.of(Roles.INTERVIEWER));
    }

    private static AssessmentDraft draft(List<ItemSpec> items) {
        return new AssessmentDraft("History", 30, List.of("python", "java"), true, null, null, items);
    }
}

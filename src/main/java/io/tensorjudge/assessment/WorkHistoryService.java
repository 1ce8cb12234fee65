package io.tensorjudge.assessment;

import io.tensorjudge.account.StaffMember;
import io.tensorjudge.common.DomainException;
import io.tensorjudge.common.Mode;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.grading.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The history of an attempt's work for its reviewers: every autosave that changed something is kept as a
 * {@link WorkSnapshot}, from which the review replays an item's code and estimates the time spent per item.
 */
@ApplicationScoped
public class WorkHistoryService {

    /**
     * Rows one item may hold; past it the newest row is overwritten, so the last state is always kept. With the
     * take page's 800 ms autosave debounce it takes hours of steady typing to get there.
     */
    static final int MAX_SNAPSHOTS_PER_ITEM = 300;

    private final AttemptService attempts;
    private final SubmissionService submissions;

    WorkHistoryService(AttemptService attempts, SubmissionService submissions) {
        this.attempts = attempts;
        this.submissions = submissions;
    }

    /** Called with every autosave, in its transaction: keeps it unless it equals the item's latest snapshot. */
    void record(AttemptWork work) {
        WorkSnapshot latest = WorkSnapshot.<WorkSnapshot>find("attemptId = ?1 and itemId = ?2 order by id desc",
                work.attemptId, work.itemId).firstResult();
        if (latest != null && Objects.equals(latest.language, work.language) && Objects.equals(latest.code, work.code)
                && Objects.equals(latest.choices, work.choices)) {
            return;
        }
        WorkSnapshot snapshot = latest != null
                && WorkSnapshot.count("attemptId = ?1 and itemId = ?2", work.attemptId, work.itemId)
                        >= MAX_SNAPSHOTS_PER_ITEM ? latest : new WorkSnapshot();
        snapshot.attemptId = work.attemptId;
        snapshot.itemId = work.itemId;
        snapshot.language = work.language;
        snapshot.code = work.code;
        snapshot.choices = work.choices;
        snapshot.savedAt = work.updatedAt;
        snapshot.persist();
    }

    /** Seconds spent per item id of attempt {@code attemptId} of assessment {@code assessmentId} ({@link ItemTimes}). */
    @Transactional(dontRollbackOn = DomainException.class)
    public Map<Long, Long> secondsPerItem(long assessmentId, long attemptId, StaffMember staff) {
        Attempt attempt = attemptOf(assessmentId, attemptId, staff);
        List<ItemTimes.Mark> marks = new ArrayList<>();
        WorkSnapshot.<WorkSnapshot>list("attemptId", attempt.id)
                .forEach(s -> marks.add(new ItemTimes.Mark(s.itemId, s.savedAt)));
        AttemptWork.<AttemptWork>list("attemptId", attempt.id)
                .forEach(w -> marks.add(new ItemTimes.Mark(w.itemId, w.updatedAt)));
        AttemptSubmission.<AttemptSubmission>list("attemptId", attempt.id)
                .forEach(s -> marks.add(new ItemTimes.Mark(s.itemId, s.createdAt)));
        AttemptAnswer.<AttemptAnswer>list("attemptId", attempt.id)
                .forEach(a -> marks.add(new ItemTimes.Mark(a.itemId, a.answeredAt)));
        return ItemTimes.of(attempt.startedAt, attempt.finishedAt, marks).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toSeconds()));
    }

    /** The playback of one exercise item of an attempt; 404 when the item is not an exercise of its assessment. */
    @Transactional(dontRollbackOn = DomainException.class)
    public Playback playback(long assessmentId, long attemptId, long itemId, StaffMember staff) {
        Attempt attempt = attemptOf(assessmentId, attemptId, staff);
        AssessmentItem item = AssessmentItem.findById(itemId);
        if (item == null || !item.assessmentId.equals(attempt.assessmentId)
                || item.kind != AssessmentItem.Kind.EXERCISE) {
            throw new NotFound("No exercise item " + itemId + " in this assessment.");
        }
        List<Playback.Frame> frames = new ArrayList<>();
        WorkSnapshot.<WorkSnapshot>list("attemptId = ?1 and itemId = ?2 order by id", attempt.id, item.id)
                .forEach(s -> frames.add(new Playback.Frame(Playback.Source.AUTOSAVE, s.savedAt, s.language, s.code)));
        for (AttemptSubmission link : AttemptSubmission.<AttemptSubmission>list(
                "attemptId = ?1 and itemId = ?2 order by createdAt, id", attempt.id, item.id)) {
            submissions.sourceOf(link.submissionId).ifPresent(source -> frames.add(new Playback.Frame(
                    Mode.SUBMIT.is(link.mode) ? Playback.Source.SUBMIT : Playback.Source.RUN, link.createdAt,
                    source.language().wireName(), source.code())));
        }
        // Stable: a submission saved in the same instant as its autosave comes after it.
        frames.sort(Comparator.comparing(Playback.Frame::at));
        List<Playback.Paste> pastes = IntegrityEvent.<IntegrityEvent>list(
                "attemptId = ?1 and itemId = ?2 and kind = ?3 order by occurredAt, id", attempt.id, item.id,
                IntegrityEvent.Kind.PASTE).stream()
                .map(e -> new Playback.Paste(e.occurredAt, e.detail, firstAtOrAfter(frames, e.occurredAt)))
                .toList();
        return new Playback(item.id, List.copyOf(frames), pastes);
    }

    private static int firstAtOrAfter(List<Playback.Frame> frames, java.time.Instant at) {
        for (int i = 0; i < frames.size(); i++) {
            if (!frames.get(i).at().isBefore(at)) {
                return i;
            }
        }
        return -1;
    }

    private Attempt attemptOf(long assessmentId, long attemptId, StaffMember staff) {
        Attempt attempt = attempts.attemptFor(attemptId, staff);
        if (attempt.assessmentId != assessmentId) {
            throw new NotFound("No attempt " + attemptId + " in assessment " + assessmentId + ".");
        }
        return attempt;
    }
}

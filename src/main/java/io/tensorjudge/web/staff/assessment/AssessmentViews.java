package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.account.AccountService;
import io.tensorjudge.account.StaffMember;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.AttemptResult;
import io.tensorjudge.assessment.AttemptReview;
import io.tensorjudge.assessment.AttemptService;
import io.tensorjudge.assessment.CandidateWorkService;
import io.tensorjudge.assessment.ChoiceOrder;
import io.tensorjudge.assessment.ReviewService;
import io.tensorjudge.assessment.SavedWork;
import io.tensorjudge.assessment.WorkHistoryService;
import io.tensorjudge.web.Lang;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.tensorjudge.web.ItemTitles;

/** The interviewer's views of assessments and attempts, shared by the JSON API and the pages. */
@ApplicationScoped
class AssessmentViews {

    private final AccountService accounts;
    private final AttemptService attempts;
    private final CandidateWorkService work;
    private final ReviewService reviews;
    private final ItemTitles titles;
    private final WorkHistoryService history;
    private final McqOptions options;

    AssessmentViews(AccountService accounts, AttemptService attempts, CandidateWorkService work,
            ReviewService reviews, ItemTitles titles, WorkHistoryService history, McqOptions options) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.work = work;
        this.reviews = reviews;
        this.titles = titles;
        this.history = history;
        this.options = options;
    }

    AssessmentView view(AssessmentSummary a, Lang lang) {
        Set<Long> ids = new HashSet<>(a.sharedWith());
        ids.add(a.ownerId());
        return AssessmentView.of(a, titles, lang, accounts.usernames(ids));
    }

    List<AttemptResult> results(long id, StaffMember staff) {
        return attempts.resultsOf(id, staff);
    }

    AttemptSummaryView row(long id, long attemptId, StaffMember staff) {
        return AttemptSummaryView.of(attempts.resultOf(id, attemptId, staff));
    }

    /** The detail of one attempt of assessment {@code id}, with the choices in the order the candidate saw them. */
    AttemptDetailView detail(long id, long attemptId, StaffMember staff, Lang lang) {
        AttemptResult result = attempts.resultOf(id, attemptId, staff);
        Map<Long, SavedWork> saved = work.savedWork(attemptId).stream()
                .collect(Collectors.toMap(SavedWork::itemId, Function.identity()));
        Map<Long, Long> seconds = history.secondsPerItem(id, attemptId, staff);
        var items = result.items().stream().map(r -> {
            List<String> shown = work.choiceOrder(attemptId, r.item()).map(ChoiceOrder::canonicalKeys).orElse(null);
            return AttemptDetailView.item(r, titles.title(r.item().kind(), r.item().refId(), lang), saved, shown,
                    options.of(r, shown, saved.get(r.item().id()), lang), seconds.get(r.item().id()));
        }).toList();
        var signals = reviews.signalsOf(attemptId, staff).stream().map(AttemptDetailView.SignalView::of).toList();
        var review = reviews.reviewOf(attemptId, staff).orElse(null);
        return new AttemptDetailView(AttemptSummaryView.of(result), items, signals,
                AttemptDetailView.ReviewView.of(review));
    }

    /** How the code of exercise item {@code itemId} grew in attempt {@code attemptId} of assessment {@code id}. */
    PlaybackView playback(long id, long attemptId, long itemId, StaffMember staff) {
        return PlaybackView.of(history.playback(id, attemptId, itemId, staff));
    }

    AttemptDetailView.ReviewView review(long id, long attemptId, StaffMember staff,
            AttemptDetailView.ReviewView.ReviewRequest request) {
        attempts.resultOf(id, attemptId, staff); // 404 unless the attempt is of this assessment, 403 unless visible
        return AttemptDetailView.ReviewView.of(reviews.save(attemptId, staff,
                request == null ? null : request.notes(), recommendation(request)));
    }

    private static AttemptReview.Recommendation recommendation(AttemptDetailView.ReviewView.ReviewRequest request) {
        try {
            return request == null || request.recommendation() == null ? null
                    : AttemptReview.Recommendation.valueOf(request.recommendation());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package io.tensorjudge.assessment;

import io.tensorjudge.account.AccountService;
import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.Language;
import io.quarkus.security.ForbiddenException;
import io.tensorjudge.account.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Creates, edits, shares and lists assessments; only the owner and those it is shared with may touch one. */
@ApplicationScoped
public class AssessmentService {

    /** The languages an assessment's candidate pages can be fixed to. */
    static final Set<String> PAGE_LANGUAGES = Set.of("zh", "en");

    private final AssessmentItemResolver resolver;
    private final Clock clock;
    private final AccountService accounts;

    AssessmentService(AssessmentItemResolver resolver, Clock clock, AccountService accounts) {
        this.accounts = accounts;
        this.resolver = resolver;
        this.clock = clock;
    }

    @Transactional
    public AssessmentSummary create(StaffMember owner, AssessmentDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        validateSettings(draft, problems);
        var items = resolver.resolve(draft.items(), languagesOf(draft), problems);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        Assessment assessment = new Assessment();
        assessment.ownerId = owner.id();
        assessment.createdAt = clock.instant();
        applySettings(assessment, draft);
        assessment.persist();
        storeItems(assessment, items);
        return AssessmentSummary.of(assessment);
    }

    /** Edits settings and items; items are frozen once a candidate has started, so that scores stay comparable. */
    @Transactional
    public AssessmentSummary update(long id, StaffMember staff, AssessmentDraft draft) {
        Assessment assessment = requireVisible(id, staff);
        List<FieldProblem> problems = new ArrayList<>();
        validateSettings(draft, problems);
        var items = resolver.resolve(draft.items(), languagesOf(draft), problems);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        boolean itemsChanged = !items.equals(assessment.items().stream()
                .map(i -> new AssessmentItemResolver.Resolved(i.kind, i.refId, i.points)).toList());
        if (itemsChanged && Attempt.count("assessmentId = ?1 and status <> ?2 and preview = false", id,
                Attempt.Status.INVITED) > 0) {
            throw new Conflict("Candidates have started this assessment: its items can no longer "
                    + "change (settings still can).");
        }
        applySettings(assessment, draft);
        if (itemsChanged) {
            PreviewService.discard(id);
            AssessmentItem.delete("assessmentId", id);
            storeItems(assessment, items);
        }
        return AssessmentSummary.of(assessment);
    }

    /** Lets other interviewers (by username) see and edit the assessment; replaces the previous list. */
    @Transactional
    public AssessmentSummary share(long id, StaffMember staff, List<String> usernames) {
        Assessment assessment = requireVisible(id, staff);
        Set<Long> ids = new HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            accounts.find(username).ifPresentOrElse(a -> {
                if (a.id() != assessment.ownerId) {
                    ids.add(a.id());
                }
            }, () -> problems.add(new FieldProblem("usernames", "no staff account '" + username + "'")));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        assessment.sharedWith.clear();
        assessment.sharedWith.addAll(ids);
        return AssessmentSummary.of(assessment);
    }

    /** Assessments the member of staff owns or is shared with, newest first: the archived ones or the others. */
    @Transactional
    public List<AssessmentSummary> listFor(StaffMember staff, boolean archived) {
        return Assessment.<Assessment>list("(ownerId = ?1 or ?1 member of sharedWith) and archivedAt is "
                + (archived ? "not null" : "null") + " order by createdAt desc, id desc", staff.id()).stream()
                .map(AssessmentSummary::of).toList();
    }

    /** Archives (or restores) an assessment; archiving again keeps the first time. */
    @Transactional
    public AssessmentSummary archive(long id, StaffMember staff, boolean archived) {
        Assessment assessment = requireVisible(id, staff);
        if (!archived) {
            assessment.archivedAt = null;
        } else if (assessment.archivedAt == null) {
            assessment.archivedAt = clock.instant();
        }
        return AssessmentSummary.of(assessment);
    }

    /**
     * A copy of the settings and items (random draws as drawn), owned by {@code staff}, not shared, not archived,
     * with no invites or attempts: the same test for a new round of candidates.
     */
    @Transactional
    public AssessmentSummary duplicate(long id, StaffMember staff) {
        Assessment source = requireVisible(id, staff);
        Assessment copy = new Assessment();
        copy.ownerId = staff.id();
        copy.createdAt = clock.instant();
        copy.title = source.title;
        copy.timeLimitMinutes = source.timeLimitMinutes;
        copy.languages = source.languages;
        copy.allowRun = source.allowRun;
        copy.opensAt = source.opensAt;
        copy.closesAt = source.closesAt;
        copy.language = source.language;
        copy.persist();
        storeItems(copy, source.items().stream()
                .map(i -> new AssessmentItemResolver.Resolved(i.kind, i.refId, i.points)).toList());
        return AssessmentSummary.of(copy);
    }

    /** The assessment, or 404 when unknown and 403 when it is neither owned by nor shared with {@code staff}. */
    @Transactional
    public AssessmentSummary summary(long id, StaffMember staff) {
        return AssessmentSummary.of(requireVisible(id, staff));
    }

    /** The items of an assessment visible to {@code staff}, in order. */
    @Transactional
    public List<ItemInfo> items(long id, StaffMember staff) {
        return requireVisible(id, staff).items().stream().map(ItemInfo::of).toList();
    }

    /** The assessment, or 404 when unknown and 403 when it is neither owned by nor shared with {@code staff}. */
    @Transactional
    Assessment requireVisible(long id, StaffMember staff) {
        Assessment assessment = Assessment.<Assessment>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("No assessment " + id + "."));
        if (!assessment.visibleTo(staff.id())) {
            throw new ForbiddenException("This assessment is not yours and not shared with you.");
        }
        return assessment;
    }

    private void validateSettings(AssessmentDraft draft, List<FieldProblem> problems) {
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
            problems.add(new FieldProblem("title", "a title of 1 to 200 characters is required"));
        }
        if (draft.timeLimitMinutes() == null || draft.timeLimitMinutes() < 1 || draft.timeLimitMinutes() > 24 * 60) {
            problems.add(new FieldProblem("timeLimitMinutes", "the time limit must be 1 to 1440 minutes"));
        }
        List<String> languages = languagesOf(draft);
        if (languages.isEmpty() || !languages.stream().allMatch(Language::isWireName)) {
            problems.add(new FieldProblem("languages", "choose one or more of python, java"));
        }
        if (draft.language() != null && !PAGE_LANGUAGES.contains(draft.language())) {
            problems.add(new FieldProblem("language", "zh, en, or null for the candidate's browser"));
        }
        if (draft.opensAt() != null && draft.closesAt() != null && !draft.closesAt().isAfter(draft.opensAt())) {
            problems.add(new FieldProblem("closesAt", "must be after opensAt"));
        }
    }

    private static List<String> languagesOf(AssessmentDraft draft) {
        return draft.languages() == null ? List.of() : draft.languages().stream().distinct().toList();
    }

    private static void applySettings(Assessment assessment, AssessmentDraft draft) {
        assessment.title = draft.title().strip();
        assessment.timeLimitMinutes = draft.timeLimitMinutes();
        assessment.languages = String.join(",", languagesOf(draft));
        assessment.allowRun = draft.allowRun();
        assessment.opensAt = draft.opensAt();
        assessment.closesAt = draft.closesAt();
        assessment.language = draft.language();
    }

    private static void storeItems(Assessment assessment, List<AssessmentItemResolver.Resolved> items) {
        for (int i = 0; i < items.size(); i++) {
            AssessmentItem item = new AssessmentItem();
            item.assessmentId = assessment.id;
            item.position = i;
            item.kind = items.get(i).kind();
            item.refId = items.get(i).refId();
            item.points = items.get(i).points();
            item.persist();
        }
    }
}

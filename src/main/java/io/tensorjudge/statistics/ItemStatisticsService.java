package io.tensorjudge.statistics;

import io.tensorjudge.assessment.AssessmentAnswers;
import io.tensorjudge.assessment.PreviewService;
import io.tensorjudge.assessment.ScoredAnswer;
import io.tensorjudge.bank.PracticeAnswer;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.grading.GradedSubmission;
import io.tensorjudge.grading.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects real answers and submissions into the plain records {@link ItemAnalysis} works on. Questions are analysed
 * per current version: an edit (say, of the key) starts the statistics afresh instead of mixing two different items.
 */
@ApplicationScoped
public class ItemStatisticsService {

    private final QuestionService questions;
    private final AssessmentAnswers assessmentAnswers;
    private final SubmissionService submissions;
    private final PreviewService previews;

    ItemStatisticsService(QuestionService questions, AssessmentAnswers assessmentAnswers,
            SubmissionService submissions, PreviewService previews) {
        this.previews = previews;
        this.questions = questions;
        this.assessmentAnswers = assessmentAnswers;
        this.submissions = submissions;
    }

    /** Every active question with at least one answer: flagged ones first, then by id. */
    @Transactional
    public List<QuestionStatistics> questions() {
        List<PracticeQuestion> all = questions.list(null, null);
        Map<Long, List<McqResponse>> byVersion = new LinkedHashMap<>();
        List<Long> versionIds = all.stream().map(PracticeQuestion::versionId).toList();
        for (PracticeAnswer answer : questions.practiceAnswers(versionIds)) {
            byVersion.computeIfAbsent(answer.questionVersionId(), v -> new ArrayList<>())
                    .add(new McqResponse(answer.chosen(), answer.correct(), null));
        }
        for (ScoredAnswer answer : assessmentAnswers.forVersions(versionIds)) {
            byVersion.computeIfAbsent(answer.questionVersionId(), v -> new ArrayList<>())
                    .add(new McqResponse(answer.chosen(), answer.correct(), answer.restScore()));
        }

        List<QuestionStatistics> result = new ArrayList<>();
        for (PracticeQuestion question : all) {
            List<McqResponse> responses = byVersion.get(question.versionId());
            if (responses == null) {
                continue;
            }
            McqItem item = new McqItem(question.id(),
                    question.content().choices().stream().map(ChoiceDef::key).toList(),
                    new HashSet<>(question.content().correct()));
            result.add(new QuestionStatistics(question.id(), question.version(), question.source(),
                    question.content().stem(), question.content().stemEn(), ItemAnalysis.mcq(item, responses)));
        }
        result.sort(Comparator.comparing((QuestionStatistics q) -> q.stats().flags().isEmpty())
                .thenComparing(QuestionStatistics::questionId));
        return result;
    }

    /**
     * Every exercise with graded submissions (practice and assessment; "submit" mode only, since visible-test runs
     * are not attempts, and never INTERNAL_ERROR, which was our fault and costs the candidate nothing), by id.
     */
    @Transactional
    public List<ExerciseStatistics> exercises() {
        Map<String, List<ExerciseSubmission>> byExercise = new TreeMap<>();
        var fromPreviews = previews.previewSubmissionIds(); // an interviewer trying the test is no candidate
        for (GradedSubmission s : submissions.gradedSubmissions()) {
            if (fromPreviews.contains(s.id())) {
                continue;
            }
            byExercise.computeIfAbsent(s.exerciseId(), id -> new ArrayList<>()).add(new ExerciseSubmission(
                    s.client() == null ? "submission:" + s.id() : s.client(), s.createdAt(), s.accepted(),
                    s.failedTests()));
        }
        List<ExerciseStatistics> result = new ArrayList<>();
        byExercise.forEach((id, submissions) -> result.add(ItemAnalysis.exercise(id, submissions)));
        return result;
    }
}

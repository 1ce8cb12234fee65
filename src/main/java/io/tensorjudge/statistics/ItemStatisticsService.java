package io.tensorjudge.statistics;

import io.tensorjudge.common.Mode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorjudge.bank.McqAnswer;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.grading.GradeReport;
import io.tensorjudge.grading.Submission;
import io.tensorjudge.grading.TestResult;
import io.tensorjudge.common.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects real answers and submissions into the plain records {@link ItemAnalysis} works on. Questions are analysed
 * per current version: an edit (say, of the key) starts the statistics afresh instead of mixing two different items.
 */
@ApplicationScoped
public class ItemStatisticsService {

    private final QuestionService questions;
    private final AssessmentAnswers assessmentAnswers;
    private final ObjectMapper json;

    ItemStatisticsService(QuestionService questions, AssessmentAnswers assessmentAnswers, ObjectMapper json) {
        this.questions = questions;
        this.assessmentAnswers = assessmentAnswers;
        this.json = json;
    }

    /** Every active question with at least one answer: flagged ones first, then by id. */
    @Transactional
    public List<QuestionStatistics> questions() {
        List<PracticeQuestion> all = questions.list(null, null);
        Map<Long, List<McqResponse>> byVersion = new LinkedHashMap<>();
        List<Long> versionIds = all.stream().map(PracticeQuestion::versionId).toList();
        if (!versionIds.isEmpty()) {
            for (McqAnswer answer : McqAnswer.<McqAnswer>list("questionVersionId in ?1", versionIds)) {
                byVersion.computeIfAbsent(answer.questionVersionId, v -> new ArrayList<>())
                        .add(new McqResponse(Set.of(answer.chosen.split(",")), answer.correct, null));
            }
        }
        assessmentAnswers.forVersions(versionIds)
                .forEach((version, responses) -> byVersion.computeIfAbsent(version, v -> new ArrayList<>())
                        .addAll(responses));

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
        Map<String, List<ExerciseSubmission>> byExercise = new java.util.TreeMap<>();
        List<Submission> graded = Submission.list("mode = ?1 and status = ?2 and verdict <> ?3", Mode.SUBMIT.wireName(),
                Submission.Status.DONE, Verdict.INTERNAL_ERROR);
        for (Submission s : graded) {
            byExercise.computeIfAbsent(s.exerciseId, id -> new ArrayList<>()).add(new ExerciseSubmission(
                    s.client == null ? "submission:" + s.id : s.client, s.createdAt,
                    s.verdict == Verdict.ACCEPTED, failedTests(s.result)));
        }
        List<ExerciseStatistics> result = new ArrayList<>();
        byExercise.forEach((id, submissions) -> result.add(ItemAnalysis.exercise(id, submissions)));
        return result;
    }

    private List<String> failedTests(String result) {
        if (result == null) {
            return List.of();
        }
        try {
            GradeReport report = json.readValue(result, GradeReport.class);
            return report.tests() == null ? List.of()
                    : report.tests().stream().filter(t -> !t.passed()).map(TestResult::name).toList();
        } catch (JsonProcessingException e) {
            return List.of(); // an unreadable report still counts as an attempt, just without failing tests
        }
    }
}

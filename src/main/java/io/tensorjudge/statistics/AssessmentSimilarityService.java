package io.tensorjudge.statistics;

import io.tensorjudge.account.StaffMember;
import io.tensorjudge.assessment.Assessment;
import io.tensorjudge.assessment.AssessmentItem;
import io.tensorjudge.assessment.AssessmentService;
import io.tensorjudge.assessment.Attempt;
import io.tensorjudge.assessment.AttemptSubmission;
import io.tensorjudge.assessment.AttemptWork;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.grading.Submission;
import io.tensorjudge.integrity.CandidateCode;
import io.tensorjudge.common.Language;
import io.tensorjudge.integrity.FingerprintedCode;
import io.tensorjudge.integrity.SimilarPair;
import io.tensorjudge.integrity.Similarity;
import io.tensorjudge.integrity.SimilarityDetector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The similarity report of an assessment: for each exercise item, the final code of every attempt (the last
 * submitted code, or the autosaved code of a candidate who never submitted), compared pairwise within a language with
 * the exercise's starter code subtracted. Visible to the same staff as the assessment itself.
 */
@ApplicationScoped
public class AssessmentSimilarityService {

    /** Pairs at or above this similarity are listed unless the interviewer asks for another threshold. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final AssessmentService assessments;
    private final ExerciseCatalog catalog;
    private final SimilarityDetector detector = new SimilarityDetector();

    AssessmentSimilarityService(AssessmentService assessments, ExerciseCatalog catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    private record FinalCode(Attempt attempt, CandidateCode code) {
    }

    @Transactional
    public SimilarityReport report(long assessmentId, StaffMember staff, double threshold) {
        Assessment assessment = assessments.requireVisible(assessmentId, staff);
        List<Attempt> attempts = Attempt.list("assessmentId = ?1 order by createdAt, id", assessmentId);
        List<ExercisePairs> exercises = new ArrayList<>();
        for (AssessmentItem item : assessment.items()) {
            if (item.kind != AssessmentItem.Kind.EXERCISE) {
                continue;
            }
            List<FinalCode> codes = finalCodes(item, attempts);
            List<SimilarPair> pairs = detector.report(codes.stream().map(FinalCode::code).toList(),
                    starters(item.refId), threshold);
            exercises.add(new ExercisePairs(item.id, item.refId, codes.size(),
                    pairs.stream().map(p -> toPair(p.left(), p.right(), p.similarity(), attempts)).toList()));
        }
        return new SimilarityReport(assessment.id, assessment.title, threshold, exercises);
    }

    /** Two attempts' final code for one item, or empty when either has no code for it (or they differ in language). */
    @Transactional
    public Optional<CodeComparison> compare(long assessmentId, long itemId, long leftAttemptId, long rightAttemptId,
            StaffMember staff) {
        Assessment assessment = assessments.requireVisible(assessmentId, staff);
        AssessmentItem item = assessment.items().stream()
                .filter(i -> i.id == itemId && i.kind == AssessmentItem.Kind.EXERCISE).findFirst().orElse(null);
        if (item == null) {
            return Optional.empty();
        }
        List<Attempt> attempts = Attempt.list("assessmentId = ?1 and id in ?2", assessmentId,
                List.of(leftAttemptId, rightAttemptId));
        Attempt left = attempts.stream().filter(a -> a.id == leftAttemptId).findFirst().orElse(null);
        Attempt right = attempts.stream().filter(a -> a.id == rightAttemptId).findFirst().orElse(null);
        if (left == null || right == null) {
            return Optional.empty();
        }
        Optional<CandidateCode> leftCode = finalCode(item, left);
        Optional<CandidateCode> rightCode = finalCode(item, right);
        if (leftCode.isEmpty() || rightCode.isEmpty() || leftCode.get().language() != rightCode.get().language()) {
            return Optional.empty();
        }
        String starter = starters(item.refId).get(leftCode.get().language());
        FingerprintedCode a = detector.fingerprint(leftCode.get().language(), leftCode.get().code(), starter);
        FingerprintedCode b = detector.fingerprint(rightCode.get().language(), rightCode.get().code(), starter);
        CodePair pair = toPair(leftCode.get(), rightCode.get(), detector.compare(a, b), attempts);
        return Optional.of(new CodeComparison(assessment.id, assessment.title, item.id, item.refId, pair,
                leftCode.get().code(), rightCode.get().code()));
    }

    private List<FinalCode> finalCodes(AssessmentItem item, List<Attempt> attempts) {
        List<FinalCode> codes = new ArrayList<>();
        for (Attempt attempt : attempts) {
            finalCode(item, attempt).ifPresent(code -> codes.add(new FinalCode(attempt, code)));
        }
        return codes;
    }

    private Optional<CandidateCode> finalCode(AssessmentItem item, Attempt attempt) {
        AttemptSubmission last = AttemptSubmission.find(
                "attemptId = ?1 and itemId = ?2 and mode = 'submit' order by createdAt desc, id desc",
                attempt.id, item.id).firstResult();
        if (last != null) {
            Submission submission = Submission.findById(last.submissionId);
            if (submission != null) {
                return Optional.of(new CandidateCode(String.valueOf(attempt.id), Language.of(submission.language),
                        submission.code));
            }
        }
        AttemptWork work = AttemptWork.find("attemptId = ?1 and itemId = ?2", attempt.id, item.id).firstResult();
        if (work != null && work.code != null && !work.code.isBlank() && work.language != null) {
            return Optional.of(new CandidateCode(String.valueOf(attempt.id), Language.of(work.language), work.code));
        }
        return Optional.empty();
    }

    private Map<Language, String> starters(String exerciseId) {
        Map<Language, String> starters = new EnumMap<>(Language.class);
        catalog.find(exerciseId).ifPresent(entry -> {
            List<String> languages = entry.exercise().spec().languages();
            if (languages.contains("python")) {
                starters.put(Language.PYTHON, entry.read("starter.py"));
            }
            if (languages.contains("java")) {
                starters.put(Language.JAVA, entry.read("Starter.java"));
            }
        });
        return starters;
    }

    private static CodePair toPair(CandidateCode left, CandidateCode right, Similarity similarity,
            List<Attempt> attempts) {
        long leftId = Long.parseLong(left.candidate());
        long rightId = Long.parseLong(right.candidate());
        return new CodePair(leftId, nameOf(leftId, attempts), rightId, nameOf(rightId, attempts),
                left.language().wireName(), similarity.score(),
                similarity.sharedFingerprints(), similarity.regions());
    }

    private static String nameOf(long attemptId, List<Attempt> attempts) {
        return attempts.stream().filter(a -> a.id == attemptId).map(a -> a.candidateName).findFirst().orElse("?");
    }
}

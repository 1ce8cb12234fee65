package io.tensorjudge.statistics;

import io.tensorjudge.account.StaffMember;
import io.tensorjudge.assessment.AssessmentCodes;
import io.tensorjudge.assessment.FinalCode;
import io.tensorjudge.assessment.FinalCodes;
import io.tensorjudge.assessment.ItemCodes;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.common.Language;
import io.tensorjudge.integrity.CandidateCode;
import io.tensorjudge.integrity.FingerprintedCode;
import io.tensorjudge.integrity.SimilarPair;
import io.tensorjudge.integrity.Similarity;
import io.tensorjudge.integrity.SimilarityDetector;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The similarity report of an assessment: for each exercise item, the final code of every attempt (as
 * {@link FinalCodes} reads it), compared pairwise within a language with the exercise's starter code subtracted.
 * Visible to the same staff as the assessment itself.
 */
@ApplicationScoped
public class AssessmentSimilarityService {

    /** Pairs at or above this similarity are listed unless the interviewer asks for another threshold. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final FinalCodes finalCodes;
    private final ExerciseCatalog catalog;
    private final SimilarityDetector detector = new SimilarityDetector();

    AssessmentSimilarityService(FinalCodes finalCodes, ExerciseCatalog catalog) {
        this.finalCodes = finalCodes;
        this.catalog = catalog;
    }

    public SimilarityReport report(long assessmentId, StaffMember staff, double threshold) {
        AssessmentCodes assessment = finalCodes.of(assessmentId, staff);
        List<ExercisePairs> exercises = new ArrayList<>();
        for (ItemCodes item : assessment.items()) {
            List<SimilarPair> pairs = detector.report(item.codes().stream().map(AssessmentSimilarityService::candidate)
                    .toList(), starters(item.exerciseId()), threshold);
            exercises.add(new ExercisePairs(item.itemId(), item.exerciseId(), item.codes().size(),
                    pairs.stream().map(p -> toPair(p.left(), p.right(), p.similarity(), item.codes())).toList()));
        }
        return new SimilarityReport(assessment.assessmentId(), assessment.title(), threshold, exercises);
    }

    /** Two attempts' final code for one item, or empty when either has no code for it (or they differ in language). */
    public Optional<CodeComparison> compare(long assessmentId, long itemId, long leftAttemptId, long rightAttemptId,
            StaffMember staff) {
        AssessmentCodes assessment = finalCodes.of(assessmentId, itemId, List.of(leftAttemptId, rightAttemptId), staff);
        if (assessment.items().isEmpty()) {
            return Optional.empty();
        }
        ItemCodes item = assessment.items().get(0);
        Optional<CandidateCode> leftCode = codeOf(item, leftAttemptId);
        Optional<CandidateCode> rightCode = codeOf(item, rightAttemptId);
        if (leftCode.isEmpty() || rightCode.isEmpty() || leftCode.get().language() != rightCode.get().language()) {
            return Optional.empty();
        }
        String starter = starters(item.exerciseId()).get(leftCode.get().language());
        FingerprintedCode a = detector.fingerprint(leftCode.get().language(), leftCode.get().code(), starter);
        FingerprintedCode b = detector.fingerprint(rightCode.get().language(), rightCode.get().code(), starter);
        CodePair pair = toPair(leftCode.get(), rightCode.get(), detector.compare(a, b), item.codes());
        return Optional.of(new CodeComparison(assessment.assessmentId(), assessment.title(), item.itemId(),
                item.exerciseId(), pair, leftCode.get().code(), rightCode.get().code()));
    }

    private static Optional<CandidateCode> codeOf(ItemCodes item, long attemptId) {
        return item.codes().stream().filter(c -> c.attemptId() == attemptId).findFirst()
                .map(AssessmentSimilarityService::candidate);
    }

    private static CandidateCode candidate(FinalCode code) {
        return new CandidateCode(String.valueOf(code.attemptId()), code.language(), code.code());
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
            List<FinalCode> codes) {
        long leftId = Long.parseLong(left.candidate());
        long rightId = Long.parseLong(right.candidate());
        return new CodePair(leftId, nameOf(leftId, codes), rightId, nameOf(rightId, codes),
                left.language().wireName(), similarity.score(),
                similarity.sharedFingerprints(), similarity.regions());
    }

    private static String nameOf(long attemptId, List<FinalCode> codes) {
        return codes.stream().filter(c -> c.attemptId() == attemptId).map(FinalCode::candidateName).findFirst()
                .orElse("?");
    }
}

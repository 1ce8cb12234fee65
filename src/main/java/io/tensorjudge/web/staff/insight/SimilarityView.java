package io.tensorjudge.web.staff.insight;

import io.tensorjudge.integrity.MatchedRegion;
import io.tensorjudge.statistics.CodePair;
import io.tensorjudge.statistics.ExercisePairs;
import io.tensorjudge.statistics.SimilarityReport;
import java.util.List;

/** An assessment's similarity report as JSON and for the page: pairs per exercise item, most similar first. */
public record SimilarityView(long assessmentId, String assessmentTitle, double threshold,
        List<ExercisePairsView> exercises) {

    static final double HIGH = 0.8;

    public record ExercisePairsView(long itemId, String exerciseId, int candidates, List<PairView> pairs) {
    }

    public record PairView(long leftAttemptId, String leftCandidate, long rightAttemptId, String rightCandidate,
            String language, double similarity, int sharedFingerprints, List<RegionView> regions) {

        /** Shown in red: at this level reformatting and renaming are about all that differs. */
        public boolean high() {
            return similarity >= HIGH;
        }

        static PairView of(CodePair p) {
            return new PairView(p.leftAttemptId(), p.leftCandidate(), p.rightAttemptId(), p.rightCandidate(),
                    p.language(), p.similarity(), p.sharedFingerprints(),
                    p.regions().stream().map(RegionView::of).toList());
        }
    }

    /** Lines (1-based, inclusive) of one matched stretch in the left and in the right file. */
    public record RegionView(int leftFromLine, int leftToLine, int rightFromLine, int rightToLine) {
        static RegionView of(MatchedRegion r) {
            return new RegionView(r.leftFromLine(), r.leftToLine(), r.rightFromLine(), r.rightToLine());
        }
    }

    static SimilarityView of(SimilarityReport report) {
        return new SimilarityView(report.assessmentId(), report.assessmentTitle(), report.threshold(),
                report.exercises().stream().map(SimilarityView::of).toList());
    }

    private static ExercisePairsView of(ExercisePairs e) {
        return new ExercisePairsView(e.itemId(), e.exerciseId(), e.candidates(),
                e.pairs().stream().map(PairView::of).toList());
    }
}

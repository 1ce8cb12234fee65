package io.tensorjudge.statistics;

import io.tensorjudge.integrity.MatchedRegion;
import java.util.List;

/** Two attempts whose final code for one exercise item is similar; the code itself is only in {@link CodeComparison}. */
public record CodePair(long leftAttemptId, String leftCandidate, long rightAttemptId, String rightCandidate,
        String language, double similarity, int sharedFingerprints, List<MatchedRegion> regions) {
}

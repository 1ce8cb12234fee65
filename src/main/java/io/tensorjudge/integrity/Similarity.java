package io.tensorjudge.integrity;

import java.util.List;

/**
 * How alike two files are: {@code score} is the Jaccard index of their fingerprint sets (shared / all distinct), in
 * [0,1]; {@code sharedFingerprints} backs it with a count; {@code regions} are the matched stretches to highlight.
 */
public record Similarity(double score, int sharedFingerprints, List<MatchedRegion> regions) {
}

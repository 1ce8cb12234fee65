package io.tensorjudge.integrity;

/** Two candidates whose code for the same exercise and language is at least as similar as the report's threshold. */
public record SimilarPair(CandidateCode left, CandidateCode right, Similarity similarity) {
}

package io.tensorjudge.assessment;

import java.util.Set;

/**
 * An MCQ answer given in an assessment, for item statistics. {@code restScore} is the attempt total, as the
 * assessment scores it, minus what this item earned; null while the attempt is still running (no final total yet).
 */
public record ScoredAnswer(long questionVersionId, Set<String> chosen, boolean correct, Double restScore) {
}

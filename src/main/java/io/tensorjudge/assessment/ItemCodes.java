package io.tensorjudge.assessment;

import java.util.List;

/** The final code of every attempt (oldest invite first) that has code for one exercise item. */
public record ItemCodes(long itemId, String exerciseId, List<FinalCode> codes) {
}

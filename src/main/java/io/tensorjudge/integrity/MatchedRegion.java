package io.tensorjudge.integrity;

/** A stretch of matching code: lines (1-based, inclusive) in the left file and the corresponding lines in the right. */
public record MatchedRegion(int leftFromLine, int leftToLine, int rightFromLine, int rightToLine) {
}

package io.tensorjudge.assessment;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** A unified line diff between two versions of a candidate's code (java-diff-utils), for the review page. */
public final class CodeDiff {

    /** One line of the diff; {@code kind} is "add", "del", "hunk" or "same". */
    public record Line(String kind, String text) {
    }

    private CodeDiff() {
    }

    public static List<Line> unified(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("before", "after", old, DiffUtils.diff(old, now), 3);
        return diff.stream().skip(2) // the ---/+++ file header
                .map(line -> new Line(kind(line), line)).toList();
    }

    private static String kind(String line) {
        if (line.startsWith("@@")) {
            return "hunk";
        }
        return line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "same";
    }
}

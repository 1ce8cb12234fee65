package io.tensorjudge.web.staff.insight;

import io.tensorjudge.integrity.MatchedRegion;
import io.tensorjudge.statistics.CodeComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Two files line by line for the side-by-side page; each line knows which matched region (if any) it is in. */
public record SideBySideView(CodeComparison comparison, List<CodeLine> left, List<CodeLine> right) {

    /** {@code region}: index into the pair's regions, -1 for an unmatched line; the page colours by region. */
    public record CodeLine(int number, String text, int region) {
        public boolean matched() {
            return region >= 0;
        }

        /** One of four highlight colours, so that neighbouring regions can be told apart. */
        public int colour() {
            return region % 4;
        }
    }

    public boolean high() {
        return comparison.pair().similarity() >= SimilarityView.HIGH;
    }

    static SideBySideView of(CodeComparison comparison) {
        List<MatchedRegion> regions = comparison.pair().regions();
        return new SideBySideView(comparison,
                lines(comparison.leftCode(), regions, r -> new int[] {r.leftFromLine(), r.leftToLine()}),
                lines(comparison.rightCode(), regions, r -> new int[] {r.rightFromLine(), r.rightToLine()}));
    }

    private static List<CodeLine> lines(String code, List<MatchedRegion> regions,
            Function<MatchedRegion, int[]> side) {
        String[] texts = code.split("\n", -1);
        List<CodeLine> lines = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            int number = i + 1;
            int region = -1;
            for (int r = 0; r < regions.size() && region < 0; r++) {
                int[] range = side.apply(regions.get(r));
                if (number >= range[0] && number <= range[1]) {
                    region = r;
                }
            }
            lines.add(new CodeLine(number, texts[i].replace("\r", ""), region));
        }
        return lines;
    }
}

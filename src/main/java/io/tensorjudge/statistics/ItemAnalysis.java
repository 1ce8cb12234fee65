package io.tensorjudge.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical item analysis on plain records; no database, no framework. The formulas and thresholds are documented in
 * docs/user-guide.md.
 */
public final class ItemAnalysis {

    /** Below this many answers (scored answers for the discrimination flags) nothing is flagged: one answer more
     * would move the p-value by 0.1 or more. */
    public static final int MIN_SAMPLE = 10;
    /** Kelley's classic share for the upper group. */
    public static final double TOP_GROUP_SHARE = 0.27;
    public static final double TOO_EASY_ABOVE = 0.90;
    public static final double TOO_HARD_BELOW = 0.20;

    private ItemAnalysis() {
    }

    public static McqItemStatistics mcq(McqItem item, List<McqResponse> responses) {
        int n = responses.size();
        long correct = responses.stream().filter(McqResponse::correct).count();
        Double pValue = n == 0 ? null : (double) correct / n;

        List<McqResponse> scored = responses.stream().filter(McqResponse::scored).toList();
        Double discrimination = itemRestCorrelation(scored);
        List<McqResponse> top = topGroup(scored);

        List<OptionRate> options = new ArrayList<>();
        for (String key : item.optionKeys()) {
            options.add(new OptionRate(key, item.answerKeys().contains(key), rate(responses, key),
                    top.isEmpty() ? null : rate(top, key)));
        }

        List<ItemFlag> flags = new ArrayList<>();
        if (scored.size() >= MIN_SAMPLE && discrimination != null && discrimination < 0) {
            flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
        }
        if (scored.size() >= MIN_SAMPLE && distractorBeatsKey(options)) {
            flags.add(ItemFlag.DISTRACTOR_BEATS_KEY);
        }
        if (n >= MIN_SAMPLE && pValue > TOO_EASY_ABOVE) {
            flags.add(ItemFlag.TOO_EASY);
        }
        if (n >= MIN_SAMPLE && pValue < TOO_HARD_BELOW) {
            flags.add(ItemFlag.TOO_HARD);
        }
        return new McqItemStatistics(item.questionId(), n, scored.size(), pValue, discrimination, top.size(),
                List.copyOf(options), List.copyOf(flags));
    }

    public static ExerciseStatistics exercise(String exerciseId, List<ExerciseSubmission> submissions) {
        Map<String, List<ExerciseSubmission>> bySubmitter = new LinkedHashMap<>();
        submissions.stream().sorted(Comparator.comparing(ExerciseSubmission::submittedAt))
                .forEach(s -> bySubmitter.computeIfAbsent(s.submitter(), k -> new ArrayList<>()).add(s));

        List<Integer> attemptsToPass = new ArrayList<>();
        for (List<ExerciseSubmission> own : bySubmitter.values()) {
            for (int i = 0; i < own.size(); i++) {
                if (own.get(i).accepted()) {
                    attemptsToPass.add(i + 1);
                    break;
                }
            }
        }

        Map<String, Integer> failures = new HashMap<>();
        for (ExerciseSubmission s : submissions) {
            if (!s.accepted()) {
                // A test counts once per submission, however the report lists it.
                for (String test : new LinkedHashSet<>(s.failedTests())) {
                    failures.merge(test, 1, Integer::sum);
                }
            }
        }
        Map.Entry<String, Integer> worst = failures.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElse(null);

        int submitters = bySubmitter.size();
        return new ExerciseStatistics(exerciseId, submissions.size(), submitters, attemptsToPass.size(),
                submitters == 0 ? null : (double) attemptsToPass.size() / submitters, median(attemptsToPass),
                worst == null ? null : worst.getKey(), worst == null ? 0 : worst.getValue());
    }

    /** Pearson correlation of correctness (0/1) with the rest score: the corrected item-rest point-biserial. */
    static Double itemRestCorrelation(List<McqResponse> scored) {
        int n = scored.size();
        if (n < 2) {
            return null;
        }
        double meanX = 0;
        double meanY = 0;
        for (McqResponse r : scored) {
            meanX += r.correct() ? 1 : 0;
            meanY += r.restScore();
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (McqResponse r : scored) {
            double dx = (r.correct() ? 1 : 0) - meanX;
            double dy = r.restScore() - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * The scored answers whose rest score reaches that of the ceil(27%)-th best; everyone tied at the cut-off is in,
     * so the group does not depend on input order.
     */
    static List<McqResponse> topGroup(List<McqResponse> scored) {
        if (scored.isEmpty()) {
            return List.of();
        }
        List<Double> rest = scored.stream().map(McqResponse::restScore).sorted(Comparator.reverseOrder()).toList();
        int size = (int) Math.ceil(TOP_GROUP_SHARE * scored.size());
        double cutoff = rest.get(size - 1);
        return scored.stream().filter(r -> r.restScore() >= cutoff).toList();
    }

    private static double rate(List<McqResponse> responses, String key) {
        if (responses.isEmpty()) {
            return 0;
        }
        return (double) responses.stream().filter(r -> r.chosen().contains(key)).count() / responses.size();
    }

    /** Some wrong option beats the least chosen correct option in the top group. */
    private static boolean distractorBeatsKey(List<OptionRate> options) {
        Set<Double> keyRates = new LinkedHashSet<>();
        double bestDistractor = -1;
        for (OptionRate o : options) {
            if (o.topGroup() == null) {
                return false;
            }
            if (o.correct()) {
                keyRates.add(o.topGroup());
            } else {
                bestDistractor = Math.max(bestDistractor, o.topGroup());
            }
        }
        double weakestKey = keyRates.stream().mapToDouble(Double::doubleValue).min().orElse(1);
        return bestDistractor > weakestKey;
    }

    private static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}

package io.tensorjudge.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static final McqItem SINGLE = new McqItem("q1", List.of("A", "B", "C", "D"), Set.of("A"));

    private static McqResponse scored(String chosen, boolean correct, double rest) {
        return new McqResponse(Set.of(chosen.split(",")), correct, rest);
    }

    private static McqResponse practice(String chosen, boolean correct) {
        return new McqResponse(Set.of(chosen.split(",")), correct, null);
    }

    @Nested
    class SmallHandComputedItem {

        // correctness x = 1,1,0,1,0 and rest scores y = 8,6,4,2,0: mean x 0.6, mean y 4,
        // sum dx*dy = 4, sum dx^2 = 1.2, sum dy^2 = 40, so r = 4 / sqrt(48) = 1/sqrt(3).
        private final List<McqResponse> responses = List.of(scored("A", true, 8), scored("A", true, 6),
                scored("B", false, 4), scored("A", true, 2), scored("C", false, 0));

        @Test
        void shouldComputePValueAndItemRestPointBiserial() {
            McqItemStatistics stats = ItemAnalysis.mcq(SINGLE, responses);

            assertThat(stats.answers()).isEqualTo(5);
            assertThat(stats.scoredAnswers()).isEqualTo(5);
            assertThat(stats.pValue()).isCloseTo(0.6, within(1e-12));
            assertThat(stats.discrimination()).isCloseTo(1 / Math.sqrt(3), within(1e-12));
        }

        @Test
        void shouldComputeOptionRatesOverallAndInTheTopGroup() {
            McqItemStatistics stats = ItemAnalysis.mcq(SINGLE, responses);

            // top group: ceil(0.27 * 5) = 2 answers, rest scores 8 and 6, both chose A
            assertThat(stats.topGroupSize()).isEqualTo(2);
            assertThat(stats.options()).containsExactly(new OptionRate("A", true, 0.6, 1.0),
                    new OptionRate("B", false, 0.2, 0.0), new OptionRate("C", false, 0.2, 0.0),
                    new OptionRate("D", false, 0.0, 0.0));
        }

        @Test
        void shouldNotFlagBelowTheMinimumSample() {
            assertThat(ItemAnalysis.mcq(SINGLE, responses).flags()).isEmpty();
        }
    }

    @Nested
    class BrokenItem {

        /** Ten candidates with rest scores 9..0; the three strongest all chose distractor B. */
        private List<McqResponse> strongPickB(int count) {
            List<McqResponse> responses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean strong = i < 3;
                responses.add(scored(strong ? "B" : "A", !strong, count - 1 - i));
            }
            return responses;
        }

        @Test
        void shouldFlagNegativeDiscriminationAndDistractorBeatingKey() {
            McqItemStatistics stats = ItemAnalysis.mcq(SINGLE, strongPickB(10));

            // sum x*y = 6+5+...+0 = 21, n*mean x*mean y = 10*0.7*4.5 = 31.5, so sxy = -10.5;
            // sxx = n*p*q = 2.1; syy = sum (y-4.5)^2 = 82.5
            assertThat(stats.discrimination()).isCloseTo(-10.5 / Math.sqrt(2.1 * 82.5), within(1e-12));
            assertThat(stats.pValue()).isCloseTo(0.7, within(1e-12));
            assertThat(stats.topGroupSize()).isEqualTo(3);
            assertThat(stats.flags()).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION,
                    ItemFlag.DISTRACTOR_BEATS_KEY);
        }

        @Test
        void shouldNotFlagTheSamePatternWithNineAnswers() {
            McqItemStatistics stats = ItemAnalysis.mcq(SINGLE, strongPickB(9));

            assertThat(stats.discrimination()).isNegative();
            assertThat(stats.flags()).isEmpty();
        }

        @Test
        void shouldFlagDistractorBeatingTheWeakestOfSeveralKeys() {
            McqItem multi = new McqItem("q2", List.of("A", "B", "C"), Set.of("A", "B"));
            List<McqResponse> responses = new ArrayList<>(List.of(scored("A,C", false, 20), scored("A,B", true, 19),
                    scored("A,C", false, 18)));
            for (int i = 0; i < 7; i++) {
                responses.add(scored("A,B", true, i));
            }

            McqItemStatistics stats = ItemAnalysis.mcq(multi, responses);

            assertThat(stats.options()).extracting(OptionRate::topGroup)
                    .containsExactly(1.0, 1.0 / 3, 2.0 / 3);
            assertThat(stats.flags()).contains(ItemFlag.DISTRACTOR_BEATS_KEY);
        }
    }

    @Nested
    class PracticeAnswers {

        @Test
        void shouldCountPracticeAnswersForPValueButNotForDiscrimination() {
            List<McqResponse> responses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                responses.add(practice("A", true));
            }

            McqItemStatistics stats = ItemAnalysis.mcq(SINGLE, responses);

            assertThat(stats.pValue()).isEqualTo(1.0);
            assertThat(stats.discrimination()).isNull();
            assertThat(stats.scoredAnswers()).isZero();
            assertThat(stats.options()).extracting(OptionRate::topGroup).containsOnlyNulls();
            assertThat(stats.flags()).containsExactly(ItemFlag.TOO_EASY);
        }

        @Test
        void shouldFlagTooHardItems() {
            List<McqResponse> responses = new ArrayList<>(List.of(practice("A", true)));
            for (int i = 0; i < 9; i++) {
                responses.add(practice(i % 2 == 0 ? "B" : "C", false));
            }

            McqItemStatistics stats = ItemAnalysis.mcq(SINGLE, responses);

            assertThat(stats.pValue()).isCloseTo(0.1, within(1e-12));
            assertThat(stats.options()).extracting(OptionRate::overall).containsExactly(0.1, 0.5, 0.4, 0.0);
            assertThat(stats.flags()).containsExactly(ItemFlag.TOO_HARD);
        }

        @Test
        void shouldReportNothingWithoutAnswers() {
            McqItemStatistics stats = ItemAnalysis.mcq(SINGLE, List.of());

            assertThat(stats.pValue()).isNull();
            assertThat(stats.discrimination()).isNull();
            assertThat(stats.flags()).isEmpty();
        }
    }

    @Nested
    class TopGroup {

        @Test
        void shouldKeepEveryoneTiedAtTheCutoff() {
            List<McqResponse> scored = List.of(scored("A", true, 1), scored("A", true, 5), scored("B", false, 5),
                    scored("A", true, 5));

            // ceil(0.27 * 4) = 2, the 2nd best rest score is 5, and three answers have 5
            assertThat(ItemAnalysis.topGroup(scored)).hasSize(3).allMatch(r -> r.restScore() == 5);
        }

        @Test
        void shouldBeUndefinedWhenCorrectnessDoesNotVary() {
            assertThat(ItemAnalysis.itemRestCorrelation(List.of(scored("A", true, 1), scored("A", true, 3))))
                    .isNull();
        }
    }

    @Nested
    class Exercises {

        private static ExerciseSubmission at(String who, int minute, boolean accepted, String... failed) {
            return new ExerciseSubmission(who, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * minute),
                    accepted, List.of(failed));
        }

        @Test
        void shouldComputePassRateMedianAttemptsAndMostCommonFailingTest() {
            // given out of time order on purpose
            List<ExerciseSubmission> submissions = List.of(at("ann", 5, true), at("ann", 1, false, "case2", "case3"),
                    at("bob", 2, true), at("cy", 9, true), at("cy", 3, false, "case2"),
                    at("cy", 4, false, "case2", "case2"), at("dee", 1, false, "case1"));

            ExerciseStatistics stats = ItemAnalysis.exercise("softmax", submissions);

            // ann passes on her 2nd try, bob on his 1st, cy on his 3rd, dee never: median of 1, 2, 3 is 2
            assertThat(stats.submissions()).isEqualTo(7);
            assertThat(stats.submitters()).isEqualTo(4);
            assertThat(stats.passedSubmitters()).isEqualTo(3);
            assertThat(stats.passRate()).isEqualTo(0.75);
            assertThat(stats.medianAttemptsToPass()).isEqualTo(2.0);
            assertThat(stats.mostCommonFailingTest()).isEqualTo("case2");
            assertThat(stats.mostCommonFailingTestCount()).isEqualTo(3);
        }

        @Test
        void shouldAverageTheMiddleAttemptsAndBreakFailingTiesAlphabetically() {
            List<ExerciseSubmission> submissions = List.of(at("ann", 1, true), at("bob", 1, false, "zeta"),
                    at("bob", 2, false, "alpha"), at("bob", 3, false), at("bob", 4, true));

            ExerciseStatistics stats = ItemAnalysis.exercise("gelu", submissions);

            assertThat(stats.medianAttemptsToPass()).isEqualTo(2.5);
            assertThat(stats.mostCommonFailingTest()).isEqualTo("alpha");
            assertThat(stats.mostCommonFailingTestCount()).isEqualTo(1);
        }

        @Test
        void shouldReportNothingWithoutSubmissions() {
            ExerciseStatistics stats = ItemAnalysis.exercise("gelu", List.of());

            assertThat(stats.passRate()).isNull();
            assertThat(stats.medianAttemptsToPass()).isNull();
            assertThat(stats.mostCommonFailingTest()).isNull();
        }
    }
}

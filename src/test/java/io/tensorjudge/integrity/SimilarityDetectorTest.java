package io.tensorjudge.integrity;

import io.tensorjudge.common.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SimilarityDetectorTest {

    private static final double FLAG = 0.5;
    private final SimilarityDetector detector = new SimilarityDetector();

    private static String exercise(String id, String file) throws IOException {
        return Files.readString(Path.of("exercises", id, file));
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/integrity", name));
    }

    private double similarity(Language language, String a, String b, String starter) {
        return detector.compare(detector.fingerprint(language, a, starter), detector.fingerprint(language, b, starter))
                .score();
    }

    @Nested
    class Copies {

        @Test
        void shouldFlagRenamedReformattedCopyOfSoftmax() throws IOException {
            double score = similarity(Language.PYTHON, exercise("softmax", "solution.py"),
                    fixture("softmax-copied.py"), exercise("softmax", "starter.py"));

            assertThat(score).isGreaterThanOrEqualTo(0.8);
        }

        @Test
        void shouldFlagRenamedReformattedCopyOfLayernormBackward() throws IOException {
            double score = similarity(Language.PYTHON, exercise("layernorm-backward", "solution.py"),
                    fixture("layernorm-backward-copied.py"), exercise("layernorm-backward", "starter.py"));

            assertThat(score).isGreaterThanOrEqualTo(0.8);
        }

        @Test
        void shouldFlagRenamedReformattedJavaCopy() throws IOException {
            double score = similarity(Language.JAVA, exercise("softmax", "Solution.java"),
                    fixture("SoftmaxCopied.java"), exercise("softmax", "Starter.java"));

            assertThat(score).isGreaterThanOrEqualTo(0.8);
        }

        @Test
        void shouldScoreIdenticalCodeOne() throws IOException {
            String code = exercise("layernorm-backward", "solution.py");

            assertThat(similarity(Language.PYTHON, code, code, exercise("layernorm-backward", "starter.py")))
                    .isEqualTo(1.0);
        }
    }

    @Nested
    class IndependentSolutions {

        @Test
        void shouldScoreIndependentSoftmaxImplementationsClearlyLower() throws IOException {
            String starter = exercise("softmax", "starter.py");
            double independent = similarity(Language.PYTHON, exercise("softmax", "solution.py"),
                    fixture("softmax-independent.py"), starter);
            double copied = similarity(Language.PYTHON, exercise("softmax", "solution.py"),
                    fixture("softmax-copied.py"), starter);

            assertThat(independent).isLessThan(0.2).isLessThan(copied - 0.5);
        }

        @Test
        void shouldScoreIndependentLayernormBackwardClearlyLower() throws IOException {
            double score = similarity(Language.PYTHON, exercise("layernorm-backward", "solution.py"),
                    fixture("layernorm-backward-independent.py"), exercise("layernorm-backward", "starter.py"));

            assertThat(score).isLessThan(0.2);
        }
    }

    @Nested
    class StarterCode {

        @Test
        void shouldLeaveNothingToCompareWhenCodeIsTheStarter() throws IOException {
            String starter = exercise("softmax", "starter.py");

            FingerprintedCode print = detector.fingerprint(Language.PYTHON, starter, starter);

            assertThat(print.fingerprintCount()).isZero();
            assertThat(detector.compare(print, print).score()).isZero();
        }

        @Test
        void shouldNotReportCandidatesWhoBothSubmittedTheStarter() throws IOException {
            String starter = exercise("layernorm-backward", "starter.py");
            List<CandidateCode> codes = List.of(new CandidateCode("ann", Language.PYTHON, starter),
                    new CandidateCode("bob", Language.PYTHON, starter + "\n# still thinking\n"));

            assertThat(detector.report(codes, Map.of(Language.PYTHON, starter), 0.0)).isEmpty();
        }

        @Test
        void shouldIgnoreStarterLinesKeptAroundOtherwiseDifferentCode() throws IOException {
            String starter = exercise("layernorm-backward", "starter.py");
            String withoutStarter = similarity(Language.PYTHON, exercise("layernorm-backward", "solution.py"),
                    fixture("layernorm-backward-independent.py"), null) + "";
            double withStarter = similarity(Language.PYTHON, exercise("layernorm-backward", "solution.py"),
                    fixture("layernorm-backward-independent.py"), starter);

            assertThat(withStarter).isLessThan(Double.parseDouble(withoutStarter));
        }
    }

    @Nested
    class Report {

        @Test
        void shouldListOnlyPairsAboveThresholdMostSimilarFirst() throws IOException {
            String starter = exercise("softmax", "starter.py");
            CandidateCode original = new CandidateCode("ann", Language.PYTHON, exercise("softmax", "solution.py"));
            CandidateCode copy = new CandidateCode("bob", Language.PYTHON, fixture("softmax-copied.py"));
            CandidateCode own = new CandidateCode("cy", Language.PYTHON, fixture("softmax-independent.py"));
            CandidateCode java = new CandidateCode("dee", Language.JAVA, exercise("softmax", "Solution.java"));

            List<SimilarPair> pairs = detector.report(List.of(original, own, java, copy),
                    Map.of(Language.PYTHON, starter), FLAG);

            assertThat(pairs).extracting(p -> p.left().candidate() + "~" + p.right().candidate())
                    .containsExactly("ann~bob");
        }

        @Test
        void shouldSortPairsByDescendingSimilarity() throws IOException {
            String starter = exercise("softmax", "starter.py");
            List<CandidateCode> codes = List.of(
                    new CandidateCode("ann", Language.PYTHON, exercise("softmax", "solution.py")),
                    new CandidateCode("bob", Language.PYTHON, fixture("softmax-copied.py")),
                    new CandidateCode("cy", Language.PYTHON, fixture("softmax-independent.py")));

            List<SimilarPair> pairs = detector.report(codes, Map.of(Language.PYTHON, starter), 0.0);

            assertThat(pairs).extracting(p -> p.similarity().score()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(pairs.get(0).left().candidate() + pairs.get(0).right().candidate()).isEqualTo("annbob");
        }

        @Test
        void shouldBeDeterministic() throws IOException {
            String starter = exercise("layernorm-backward", "starter.py");
            List<CandidateCode> codes = List.of(
                    new CandidateCode("a", Language.PYTHON, exercise("layernorm-backward", "solution.py")),
                    new CandidateCode("b", Language.PYTHON, fixture("layernorm-backward-copied.py")),
                    new CandidateCode("c", Language.PYTHON, fixture("layernorm-backward-independent.py")));

            List<SimilarPair> first = detector.report(codes, Map.of(Language.PYTHON, starter), 0.0);
            List<SimilarPair> second = new SimilarityDetector().report(codes, Map.of(Language.PYTHON, starter), 0.0);

            assertThat(second).isEqualTo(first);
        }
    }

    @Nested
    class Regions {

        @Test
        void shouldMatchTheCopiedBodyLineRanges() throws IOException {
            String original = exercise("layernorm-backward", "solution.py");
            String copy = fixture("layernorm-backward-copied.py");
            String starter = exercise("layernorm-backward", "starter.py");

            Similarity similarity = detector.compare(detector.fingerprint(Language.PYTHON, original, starter),
                    detector.fingerprint(Language.PYTHON, copy, starter));

            // The def line is 4 in the original (3 in the copy); the function ends on line 19 (15 in the copy).
            // The def line belongs to the starter, but the first k-gram past it starts there.
            assertThat(similarity.regions()).containsExactly(new MatchedRegion(4, 19, 3, 15));
        }
    }
}

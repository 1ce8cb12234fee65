package io.tensorjudge.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MCQ quality rules of docs/bank-format.md over the whole committed bank, public and private items alike:
 * no test-taking cues (key letter, longest option), no references to options by letter (choices are shuffled per
 * attempt), no internal provenance in candidate-visible text, and a private pool large enough for assessments.
 */
class QuestionBankQualityTest {

    static final double MAX_SHARE = 0.35;
    static final int MIN_PRIVATE = 40;
    static final int MIN_PRIVATE_PER_FILE = 6;

    private static final String L = "[A-F]";
    /** Not glued to a word, a number, a LaTeX command, a math delimiter, "3-D" or "G=C". */
    private static final String BEFORE = "(?<![A-Za-z0-9_$\\\\{\\-=])";
    private static final String AFTER = "(?![A-Za-z0-9_$}])";
    private static final String VERBS_EN = "is|are|was|were|has|had|have|lacks|only|just|never|does|do|can|cannot|"
            + "could|would|should|will|must|also|right|wrong|correct|confuses|ignores|mixes|describes|states|says|"
            + "claims|gives|names|reverses|wrongly|holds|fails|puts|misreads|overstates|inverts|swaps|treats|assumes";

    /** An option named by its letter, in zh or en prose ("A" alone is also the English article, so it needs a verb). */
    static final Pattern LETTER_REFERENCE = Pattern.compile(String.join("|",
            "选项\\s*[（(]?" + L,
            BEFORE + L + "\\s*项",
            BEFORE + L + "['’]s\\b",
            BEFORE + L + "\\s*(?:[、/,，]|和|与|及|或|–|—|-|~|至|到)\\s*" + L + AFTER,
            "[”」]\\s*(?:[、/,，]|和|与|及|或|,?\\s*and|,?\\s*or)\\s*" + L + AFTER,
            "[（(]\\s*" + L + "\\s*[)）]",
            "(?i:\\boptions?|\\bchoices?|\\banswers?|\\bkeys?)\\s*[（(]?" + L + AFTER,
            BEFORE + L + ",?\\s+(?:and|or|to)\\s+" + L + AFTER,
            "(?:只有|仅|唯有|只|因此|所以|故|答案|选)\\s*" + L + AFTER,
            "\\b(?:only|hence|so|thus)\\s+" + L + AFTER,
            BEFORE + L + "\\s*(?=[\\u4e00-\\u9fff])(?![个维层通])",
            BEFORE + "[B-F]\\s+(?!channels|dimensions|classes|features|groups|rows|columns)[a-z]",
            BEFORE + L + "\\s+(?:" + VERBS_EN + ")\\b",
            BEFORE + "A\\s+[a-z]+(?<!ss)(?<!ous)(?<!is)(?<!us)s\\b",
            "(?:^|(?<=[\\s。；;.]))" + L + "\\s*[：:]"));

    /** Internal provenance that candidates must not see: seed files, seed numbers, "code question 7". */
    static final Pattern INTERNAL_NOTE = Pattern.compile(String.join("|",
            "(?<!随机)(?<!随机数)种子",
            "(?<![Rr]andom )(?<![Rr]andom-)(?<![_.])\\b[Ss]eeds?\\b(?!\\s*[=(])",
            "[Cc]ode\\s+question\\s*\\d+",
            "代码题\\s*\\d+",
            "\\d{3}_[0-9a-f]{16}",
            "\\bQ\\d+\\b"));

    private static List<QuestionFile> files;

    @BeforeAll
    static void load() {
        files = QuestionBankLoader.load(Path.of("questions"));
        printMeasures();
    }

    @Test
    void shouldSpreadSingleAnswerKeysOverTheLetters() {
        for (QuestionFile file : files) {
            Map<String, Integer> counts = keyCounts(file);
            int singles = singles(file).size();
            counts.forEach((letter, count) -> assertThat((double) count / singles)
                    .as("%s: share of single-answer keys on %s (%d of %d)", file.source(), letter, count, singles)
                    .isLessThanOrEqualTo(MAX_SHARE));
        }
    }

    @Test
    void shouldNotMakeTheKeyTheLongestOption() {
        for (QuestionFile file : files) {
            int singles = singles(file).size();
            long zh = longestKeys(file, ChoiceDef::text);
            long en = longestKeys(file, ChoiceDef::textEn);
            assertThat((double) zh / singles).as("%s: key is the longest zh option in %d of %d", file.source(), zh,
                    singles).isLessThanOrEqualTo(MAX_SHARE);
            assertThat((double) en / singles).as("%s: key is the longest en option in %d of %d", file.source(), en,
                    singles).isLessThanOrEqualTo(MAX_SHARE);
        }
    }

    @Test
    void shouldNeverReferToOptionsByLetter() {
        assertThat(hits(LETTER_REFERENCE)).as("stems, choices and explanations must name options by content, since "
                + "choices are shuffled per attempt").isEmpty();
    }

    @Test
    void shouldKeepInternalNotesOutOfCandidateText() {
        assertThat(hits(INTERNAL_NOTE)).as("candidate-visible text speaks of the source texts by name").isEmpty();
    }

    @Test
    void shouldHoldAPrivatePoolForAssessments() {
        int total = 0;
        for (QuestionFile file : files) {
            long privateCount = file.questions().stream()
                    .filter(q -> q.visibilityOrPublic() == Visibility.PRIVATE).count();
            assertThat(privateCount).as("%s: private MCQs", file.source()).isGreaterThanOrEqualTo(MIN_PRIVATE_PER_FILE);
            total += (int) privateCount;
        }
        assertThat(total).as("private MCQs in the bank").isGreaterThanOrEqualTo(MIN_PRIVATE);
    }

    @Test
    void shouldGiveEveryDisputedItemAReason() {
        files.stream().flatMap(f -> f.questions().stream())
                .filter(q -> q.review() != null && q.review().status() == QuestionFile.ReviewStatus.disputed)
                .forEach(q -> assertThat(q.review().note()).as(q.id()).isNotBlank());
    }

    @Test
    void shouldCatchTheLetterReferencesItIsMeantToCatch() {
        for (String bad : List.of("选项A 正确", "A 和 C 都对", "(B)", "（C）", "A/B/D 都会", "只有 A 描述", "option B",
                "Options C and D", "A, B and D make", "so only A names", "C is wrong", "B 混淆了", "B–D 是部件",
                "choice (D)", "B cannot be attributed", "“show only the best run” and D overstate", "B's numbers",
                "C 让负区间梯度不为 0", "A has no basis", "A addresses the usual cause", "A：fp16 最小正规数", "D: the docs")) {
            assertThat(LETTER_REFERENCE.matcher(bad).find()).as(bad).isTrue();
        }
        for (String fine : List.of("A model with ReLU", "$A$ 是矩阵", "W 和 b", "ILSVRC-2012", "A100 GPU",
                "a 3×3 conv", "Batch Norm", "\\mathbf{A}", "BN 和 LN", "FP16", "Adam 与 SGD", "the 3-D shape is valid",
                "G=C is LayerNorm", "C 个通道", "A small weight decay", "each sample's C channels")) {
            assertThat(LETTER_REFERENCE.matcher(fine).find()).as(fine).isFalse();
        }
        for (String bad : List.of("种子文本 §2", "the seed text says", "seed §2.3", "seed 000, code question 7",
                "000_fa4909f85cb31df8.txt", "见 Q7")) {
            assertThat(INTERNAL_NOTE.matcher(bad).find()).as(bad).isTrue();
        }
        for (String fine : List.of("固定随机种子", "torch.manual_seed(0)", "random seeds", "seed=0")) {
            assertThat(INTERNAL_NOTE.matcher(fine).find()).as(fine).isFalse();
        }
    }

    private static List<String> hits(Pattern pattern) {
        List<String> hits = new ArrayList<>();
        for (QuestionFile file : files) {
            for (QuestionDef q : file.questions()) {
                Stream.concat(Stream.of(q.stem(), q.stemEn(), q.explanation(), q.explanationEn()),
                                q.choices().stream().flatMap(c -> Stream.of(c.text(), c.textEn())))
                        .filter(Objects::nonNull)
                        .forEach(text -> {
                            Matcher m = pattern.matcher(text);
                            while (m.find()) {
                                int from = Math.max(0, m.start() - 20);
                                int to = Math.min(text.length(), m.end() + 10);
                                hits.add(q.id() + ": …" + text.substring(from, to).replace('\n', ' ') + "…");
                            }
                        });
            }
        }
        return hits;
    }

    static List<QuestionDef> singles(QuestionFile file) {
        return file.questions().stream().filter(q -> !q.hasSeveralAnswers()).toList();
    }

    static Map<String, Integer> keyCounts(QuestionFile file) {
        Map<String, Integer> counts = new TreeMap<>();
        singles(file).forEach(q -> counts.merge(q.correct().get(0), 1, Integer::sum));
        return counts;
    }

    /** Items whose key is strictly longer than every other option (a tie with a distractor gives nothing away). */
    static long longestKeys(QuestionFile file, Function<ChoiceDef, String> text) {
        return singles(file).stream().filter(q -> {
            String key = q.correct().get(0);
            int keyLength = q.choices().stream().filter(c -> c.key().equals(key))
                    .mapToInt(c -> length(text.apply(c))).findFirst().orElse(0);
            return q.choices().stream().allMatch(c -> c.key().equals(key) || length(text.apply(c)) < keyLength);
        }).count();
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().codePointCount(0, text.strip().length());
    }

    private static void printMeasures() {
        System.out.println("MCQ bank balance (single-answer items): file | key-letter shares | key longest zh / en");
        for (QuestionFile file : files) {
            int singles = singles(file).size();
            StringBuilder shares = new StringBuilder();
            keyCounts(file).forEach((letter, count) -> shares.append(String.format("%s %.0f%% ", letter,
                    100.0 * count / singles)));
            System.out.printf("  %-18s n=%-3d | %s| %.0f%% / %.0f%%%n", file.source(), singles, shares,
                    100.0 * longestKeys(file, ChoiceDef::text) / singles,
                    100.0 * longestKeys(file, ChoiceDef::textEn) / singles);
        }
    }
}

package io.tensorjudge.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tensorjudge.bank.QuestionFile.QuestionDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionBankLoaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/bank-fixtures");

    @Nested
    class CommittedBank {

        private final List<QuestionFile> files = QuestionBankLoader.load(Path.of("questions"));

        @Test
        void shouldLoadAtLeastOneHundredQuestionsWithTwentyPerSource() {
            Map<String, Integer> perSource = files.stream()
                    .collect(Collectors.toMap(QuestionFile::source, f -> f.questions().size(), Integer::sum));
            assertThat(perSource.keySet()).containsExactlyInAnyOrder("alexnet", "resnet", "rnn-regularization",
                    "dl-fundamentals", "pytorch-interview");
            assertThat(perSource.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(20));
            assertThat(perSource.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(100);
        }

        @Test
        void shouldKeepAllThirtySeedQuestionsReviewed() {
            List<QuestionDef> seeds = files.stream().flatMap(f -> f.questions().stream())
                    .filter(q -> q.seed() != null).toList();
            assertThat(seeds).hasSize(30);
            assertThat(seeds).allSatisfy(q -> {
                assertThat(q.review()).as(q.id()).isNotNull();
                assertThat(q.explanation()).as(q.id()).isNotEqualTo(SeedMcqImporter.EXPLANATION_TODO);
            });
        }

        @Test
        void shouldGiveEveryQuestionARealExplanation() {
            assertThat(files.stream().flatMap(f -> f.questions().stream()))
                    .allSatisfy(q -> assertThat(q.explanation().strip().length()).as(q.id()).isGreaterThan(20));
        }
    }

    @Test
    void shouldReadAMultipleAnswerQuestion() {
        QuestionDef q = QuestionBankLoader.load(FIXTURES.resolve("valid")).get(0).questions().get(0);
        assertThat(q.hasSeveralAnswers()).isTrue();
        assertThat(q.correct()).containsExactly("A", "B");
    }

    @Nested
    class BrokenFiles {

        @Test
        void shouldNameBothFilesWhenAnIdIsDuplicated() {
            assertThatThrownBy(() -> QuestionBankLoader.load(FIXTURES.resolve("duplicate-id")))
                    .isInstanceOf(BankFileException.class)
                    .hasMessageContaining("b.yaml:12 [dup-b]")
                    .hasMessageContaining("duplicate id 'dup-b'")
                    .hasMessageContaining("a.yaml");
        }

        @Test
        void shouldNameFileLineAndIdWhenACorrectKeyIsMissing() {
            assertThatThrownBy(() -> QuestionBankLoader.load(FIXTURES.resolve("bad-key")))
                    .isInstanceOf(BankFileException.class)
                    .hasMessageContaining("q.yaml:19 [bad-key]")
                    .hasMessageContaining("correct key 'E' is not among the choices");
        }

        @Test
        void shouldNameTheLineOfInvalidYaml() {
            assertThatThrownBy(() -> QuestionBankLoader.load(FIXTURES.resolve("bad-yaml")))
                    .isInstanceOf(BankFileException.class)
                    .hasMessageMatching(".*q\\.yaml:1[34]: invalid YAML.*");
        }

        @Test
        void shouldRejectUnknownKeys() {
            assertThatThrownBy(() -> QuestionBankLoader.load(FIXTURES.resolve("unknown-key")))
                    .isInstanceOf(BankFileException.class)
                    .hasMessageContaining("q.yaml:21 [has-extra]")
                    .hasMessageContaining("unknown key 'answer'");
        }

        @Test
        void shouldRejectTwoKeysOnASingleAnswerQuestion() {
            assertThatThrownBy(() -> QuestionBankLoader.load(FIXTURES.resolve("two-correct")))
                    .isInstanceOf(BankFileException.class)
                    .hasMessageContaining("[two-keys]")
                    .hasMessageContaining("exactly one correct key, found 2");
        }
    }
}

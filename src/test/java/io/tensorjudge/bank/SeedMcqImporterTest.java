package io.tensorjudge.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import io.tensorjudge.bank.QuestionFile.ReviewStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedMcqImporterTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    @Test
    void shouldImportTenQuestionsFromEachPaperSeed() throws Exception {
        List<QuestionFile> imported = SeedMcqImporter.importAll(SEEDS);
        assertThat(imported).extracting(QuestionFile::source)
                .containsExactly("alexnet", "resnet", "rnn-regularization");
        assertThat(imported).allSatisfy(file -> {
            assertThat(file.questions()).hasSize(10);
            assertThat(file.questions()).allSatisfy(q -> {
                assertThat(q.choices()).extracting(ChoiceDef::key).containsExactly("A", "B", "C", "D");
                assertThat(q.correct()).hasSize(1);
            });
        });
    }

    @Test
    void shouldMatchTheCommittedSeedItems() throws Exception {
        Map<String, QuestionDef> committed = QuestionBankLoader.load(Path.of("questions")).stream()
                .flatMap(f -> f.questions().stream())
                .collect(Collectors.toMap(QuestionDef::id, Function.identity()));
        for (QuestionFile file : SeedMcqImporter.importAll(SEEDS)) {
            for (QuestionDef fromSeed : file.questions()) {
                QuestionDef kept = committed.get(fromSeed.id());
                assertThat(kept).as("seed item %s is kept", fromSeed.id()).isNotNull();
                assertThat(kept.stem()).as(kept.id()).isEqualTo(fromSeed.stem());
                assertThat(kept.seed().number()).isEqualTo(fromSeed.seed().number());
                assertThat(kept.seed().answer()).as(kept.id()).isEqualTo(fromSeed.correct());
                assertThat(kept.choices()).extracting(ChoiceDef::key)
                        .isEqualTo(fromSeed.choices().stream().map(ChoiceDef::key).toList());
                if (kept.review().status() != ReviewStatus.rewritten) {
                    assertThat(kept.choices()).extracting(ChoiceDef::text).as(kept.id())
                            .isEqualTo(fromSeed.choices().stream().map(ChoiceDef::text).toList());
                }
                if (!kept.correct().equals(fromSeed.correct())) {
                    // disputed: the changed key is kept in practice but the item is never scored (docs/bank-format.md)
                    assertThat(kept.review().status()).as("changed key of %s is recorded", kept.id())
                            .isIn(ReviewStatus.fixed, ReviewStatus.rewritten, ReviewStatus.disputed);
                }
            }
        }
    }

    @Test
    void shouldParseMultipleKeyAnswersAndReportAMissingAnswer() {
        String text = "> 主题：**ResNet**\n### 一、选择题\n1. 问？\n   - A. 甲\n   - B. 乙\n   - **答案：A、B**\n"
                + "2. 无答案？\n   - A. 甲\n### 二、代码题\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SeedMcqParser.parse(text))
                .hasMessageContaining("line 7: question 2 has no **答案：X** line");
        SeedMcqParser.SeedMcqs ok = SeedMcqParser.parse(text.replace("### 二", "   - **答案：B**\n### 二"));
        assertThat(ok.topic()).isEqualTo("ResNet");
        assertThat(ok.questions()).extracting(SeedMcqParser.SeedMcq::answer)
                .containsExactly(List.of("A", "B"), List.of("B"));
    }
}

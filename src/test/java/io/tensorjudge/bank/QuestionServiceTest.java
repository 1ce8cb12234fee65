package io.tensorjudge.bank;

import io.tensorjudge.common.Difficulty;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionServiceTest {

    @Inject
    QuestionService questions;

    private static QuestionDef question(String id, String stem) {
        return new QuestionDef(id, List.of("versioning"), Difficulty.easy, false, null, stem, null,
                List.of(new ChoiceDef("A", "对", null), new ChoiceDef("B", "错", null)), List.of("A"), "解析。", null,
                null, null);
    }

    private List<QuestionFile> bankWith(QuestionDef extra) {
        List<QuestionFile> files = new ArrayList<>(QuestionBankLoader.load(Path.of("questions")));
        if (extra != null) {
            files.add(new QuestionFile("dl-fundamentals", null, List.of(extra)));
        }
        return files;
    }

    @Test
    void shouldSyncIdempotently() {
        SyncReport report = questions.sync(bankWith(null));
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.unchanged()).isGreaterThanOrEqualTo(100);
    }

    @Test
    @Transactional
    void shouldCreateANewVersionOnEditAndKeepOldAnswersOnTheirVersion() {
        questions.sync(bankWith(question("versioned-q", "第一版？")));
        PracticeQuestion first = questions.find("versioned-q").orElseThrow();
        questions.answer("versioned-q", List.of("A"), "test");

        SyncReport edit = questions.sync(bankWith(question("versioned-q", "第二版？")));
        PracticeQuestion second = questions.find("versioned-q").orElseThrow();

        assertThat(edit.updated()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.content().stem()).isEqualTo("第二版？");
        McqAnswer old = McqAnswer.find("questionVersionId", first.versionId()).firstResult();
        assertThat(old).isNotNull();
        assertThat(QuestionVersion.<QuestionVersion>findById(old.questionVersionId).content).contains("第一版？");

        SyncReport removal = questions.sync(bankWith(null));
        assertThat(removal.retired()).isEqualTo(1);
        assertThat(questions.find("versioned-q")).isEmpty();
    }
}

package io.tensorjudge.authoring;

import io.tensorjudge.common.Invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.bank.McqAnswer;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionBankLoader;
import io.tensorjudge.bank.QuestionFile;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.config.BankConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MCQ edits: validated by the bank loader, a new version per change, answers keep theirs, restarts keep the edit. */
@QuarkusTest
class QuestionAuthoringTest {

    @Inject
    QuestionAuthoring authoring;

    @Inject
    QuestionService questions;

    @Inject
    BankConfig config;

    /** The last public resnet question: an ordinary bank item that the practice tests do not use (private ones are
     * not answerable in practice). */
    private PracticeQuestion target() {
        List<PracticeQuestion> resnet = authoring.list().stream().filter(q -> q.source().equals("resnet"))
                .filter(PracticeQuestion::isPublic).toList();
        return resnet.get(resnet.size() - 1);
    }

    @Test
    void anEditIsANewVersionAndEarlierAnswersKeepTheirVersion() {
        PracticeQuestion before = target();
        String key = before.content().correct().get(0);
        long answerId = QuarkusTransaction.requiringNew().call(() -> {
            questions.answer(before.id(), List.of(key), "question-authoring-test");
            return McqAnswer.<McqAnswer>find("client", "question-authoring-test").firstResult().id;
        });
        String marker = "Edited " + UUID.randomUUID();
        String yaml = authoring.yaml(before.id());
        String edited = yaml.replaceFirst("explanation: \\|-?\\n", "$0      " + marker + "\n");
        assertThat(edited).as("the yaml has a block explanation to edit:\n%s", yaml).contains(marker);

        QuestionAuthoring.Saved saved = authoring.save(before.id(), edited, "tester");

        assertThat(saved.changed()).isTrue();
        assertThat(saved.version()).isEqualTo(before.version() + 1);
        PracticeQuestion after = authoring.find(before.id());
        assertThat(after.version()).isEqualTo(saved.version());
        assertThat(after.content().explanation()).startsWith(marker);
        assertThat(after.versionId()).isNotEqualTo(before.versionId());
        McqAnswer answer = QuarkusTransaction.requiringNew().call(() -> McqAnswer.<McqAnswer>findById(answerId));
        assertThat(answer.questionVersionId).isEqualTo(before.versionId());
        assertThat(authoring.versions(before.id())).extracting(v -> v.version())
                .endsWith(before.version(), saved.version());

        // Saving the same text again changes nothing; after a restart the bank files are overlaid by the edit.
        assertThat(authoring.save(before.id(), edited, "tester").changed()).isFalse();
        List<QuestionFile> restarted = QuestionBankLoader.overlay(QuestionBankLoader.load(config.questionsDir()),
                questions.authoredEdits());
        assertThat(restarted.stream().flatMap(f -> f.questions().stream()).filter(q -> q.id().equals(before.id())))
                .singleElement().isEqualTo(after.content());
    }

    /** An older release kept edits in data/authored/questions: start-up imports them once; broken files are skipped. */
    @Test
    void editsKeptOnDiskByAnOlderReleaseAreImportedOnce(@TempDir Path folder) throws IOException {
        java.util.Set<String> edited = questions.authoredEdits().stream().flatMap(f -> f.questions().stream())
                .map(QuestionFile.QuestionDef::id).collect(java.util.stream.Collectors.toSet());
        PracticeQuestion unedited = authoring.list().stream().filter(q -> !edited.contains(q.id())).findFirst()
                .orElseThrow();
        // Its own text (so later tests in this JVM see the bank's question), written as the old release did.
        Files.writeString(folder.resolve(unedited.id() + ".yaml"), authoring.yaml(unedited.id()));
        Files.writeString(folder.resolve("broken.yaml"), "source: resnet\nquestions: [\n");

        assertThat(questions.importEdits(QuestionBankLoader.readEdits(folder))).isEqualTo(1);

        assertThat(questions.authoredEdits()).filteredOn(f -> f.questions().get(0).id().equals(unedited.id()))
                .singleElement().satisfies(f -> {
                    assertThat(f.source()).isEqualTo(unedited.source());
                    assertThat(f.questions().get(0)).isEqualTo(unedited.content());
                });
        assertThat(questions.importEdits(QuestionBankLoader.readEdits(folder))).as("imported again").isZero();
        assertThat(authoring.find(unedited.id()).version()).isEqualTo(unedited.version());
    }

    @Test
    void aBrokenEditNamesTheLineAndStoresNothing() {
        PracticeQuestion before = target();
        String yaml = authoring.yaml(before.id());
        // The writer puts the keys on the lines after "correct:" ("- A"); the first one becomes an unknown key.
        List<String> lines = new java.util.ArrayList<>(yaml.lines().toList());
        int keyLine = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("correct:")).findFirst()
                .orElseThrow()) + 1;
        lines.set(keyLine, lines.get(keyLine).replaceAll("- .*", "- Z"));
        String broken = String.join("\n", lines) + "\n";
        int line = keyLine + 1;

        assertThatThrownBy(() -> authoring.save(before.id(), broken, "tester"))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining(before.id() + ".yaml:" + line)
                .hasMessageContaining("correct key 'Z'");
        assertThat(authoring.find(before.id()).version()).isEqualTo(target().version());
        assertThatThrownBy(() -> authoring.save(before.id(), yaml.replace("source: resnet", "source: alexnet"),
                "tester")).isInstanceOf(Invalid.class).hasMessageContaining("source stays");
    }

    @Test
    void exportThenImportKeepsEveryVersion() {
        Map<String, Integer> versions = versionsById();
        byte[] zip = authoring.export();

        assertThat(BankArchive.unzip(zip).keySet()).containsExactlyInAnyOrder("questions/alexnet.yaml",
                "questions/dl-fundamentals.yaml", "questions/pytorch-interview.yaml", "questions/resnet.yaml",
                "questions/rnn-regularization.yaml");
        List<QuestionAuthoring.Imported> imported = authoring.importZip(zip, "tester");

        assertThat(imported).hasSize(versions.size()).noneMatch(QuestionAuthoring.Imported::changed);
        assertThat(versionsById()).isEqualTo(versions);
        assertThat(BankArchive.unzip(authoring.export())).isEqualTo(BankArchive.unzip(zip));

        // Moving a question to another source is refused as a whole: nothing of that zip is stored.
        Map<String, String> moved = new java.util.TreeMap<>(BankArchive.unzip(zip));
        moved.put("questions/alexnet.yaml", moved.remove("questions/resnet.yaml").replace("source: resnet",
                "source: alexnet"));
        assertThatThrownBy(() -> authoring.importZip(BankArchive.zip(moved), "tester"))
                .isInstanceOf(Invalid.class).hasMessageContaining("belongs to 'resnet'");
        assertThat(versionsById()).isEqualTo(versions);
    }

    private Map<String, Integer> versionsById() {
        return authoring.list().stream().collect(java.util.stream.Collectors.toMap(PracticeQuestion::id,
                PracticeQuestion::version));
    }
}

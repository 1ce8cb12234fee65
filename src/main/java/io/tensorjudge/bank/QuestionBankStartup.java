package io.tensorjudge.bank;

import io.quarkus.runtime.StartupEvent;
import io.tensorjudge.config.BankConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the question files at start-up and syncs them into the database. A broken file throws, so the app refuses
 * to start with the file, line and question id in the message (dev mode shows it on the error page).
 */
@ApplicationScoped
class QuestionBankStartup {

    private static final Logger LOG = Logger.getLogger(QuestionBankStartup.class);

    private final BankConfig config;
    private final QuestionService questions;

    QuestionBankStartup(BankConfig config, QuestionService questions) {
        this.config = config;
        this.questions = questions;
    }

    void onStart(@Observes StartupEvent event) {
        importOldEdits(config.authoredDir().resolve("questions"));
        // Edits published through authoring (in the database) overlay the files, so a restart does not undo them.
        List<QuestionFile> files = QuestionBankLoader.overlay(QuestionBankLoader.load(config.questionsDir()),
                questions.authoredEdits());
        SyncReport report = questions.sync(files);
        int total = files.stream().mapToInt(f -> f.questions().size()).sum();
        LOG.infof("Question bank: %d questions in %d files from %s (%d new, %d changed, %d unchanged, %d retired)",
                total, files.size(), config.questionsDir().toAbsolutePath().normalize(), report.created(),
                report.updated(), report.unchanged(), report.retired());
    }

    /** An older release kept edits in data/authored/questions: imported once, then that folder is not read again. */
    private void importOldEdits(Path folder) {
        Path marker = folder.resolve(AuthoredFolderImport.MARKER);
        if (!Files.isDirectory(folder) || Files.exists(marker)) {
            return;
        }
        int imported = questions.importEdits(QuestionBankLoader.readEdits(folder));
        try {
            Files.writeString(marker, "The question edits in this folder were imported into the database on "
                    + Instant.now() + "; TensorJudge no longer reads it.\n");
        } catch (IOException e) {
            // Harmless: the next start imports again and skips every edit already there.
            LOG.warnf("Cannot mark %s as imported: %s", folder, e.getMessage());
        }
        LOG.infof("Imported %d authored question edits from %s into the database", imported, folder);
    }
}

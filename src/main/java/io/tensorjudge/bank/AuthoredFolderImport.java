package io.tensorjudge.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The one-time upgrade of an older release's data/authored/&lt;id&gt;/&lt;n&gt;-&lt;version&gt;/ folders into the
 * database, in publish order: versions already there are not added again, a broken one is logged and skipped, and
 * the folder is then marked and never read again (it stays on disk for the operator to remove).
 */
final class AuthoredFolderImport {

    /** Written into a data/authored folder once its contents are in the database. */
    static final String MARKER = "IMPORTED-INTO-DATABASE.txt";

    private static final Logger LOG = Logger.getLogger(AuthoredFolderImport.class);

    private AuthoredFolderImport() {
    }

    static void run(Path root, ExerciseCatalog catalog) {
        if (!Files.isDirectory(root) || Files.exists(root.resolve(MARKER))) {
            return;
        }
        int imported = 0;
        for (Path idFolder : children(root)) {
            String id = idFolder.getFileName().toString();
            for (Path folder : children(idFolder)) {
                Matcher name = ExerciseCatalog.AUTHORED_FOLDER.matcher(folder.getFileName().toString());
                if (!name.matches() || catalog.hasAuthored(id, name.group(2))) {
                    continue;
                }
                try {
                    ExerciseLoader.load(folder, id);
                    catalog.addImported(id, name.group(2), ExerciseFiles.read(folder));
                    imported++;
                } catch (RuntimeException e) {
                    LOG.warnf("Not importing authored exercise version %s: %s", folder, e.getMessage());
                }
            }
        }
        try {
            Files.writeString(root.resolve(MARKER), "The exercise versions in this folder were imported into the "
                    + "database on " + Instant.now() + "; TensorJudge no longer reads it.\n");
        } catch (IOException e) {
            // Harmless: the next start imports again and finds every version already there.
            LOG.warnf("Cannot mark %s as imported: %s", root, e.getMessage());
        }
        LOG.infof("Imported %d authored exercise versions from %s into the database", imported, root);
    }

    /** Sub-folders sorted by name (a version folder starts with its zero-padded sequence number: publish order). */
    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.warnf("Cannot list %s: %s", folder, e.getMessage());
            return List.of();
        }
    }
}

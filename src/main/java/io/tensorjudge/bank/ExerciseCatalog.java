package io.tensorjudge.bank;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The exercises of the bank, validated once at start-up: a broken folder stops the app with the loader's file/line
 * message instead of failing later on a candidate's submission.
 */
@ApplicationScoped
public class ExerciseCatalog {

    private static final Logger LOG = Logger.getLogger(ExerciseCatalog.class);

    private final Path root;
    private final Map<String, Exercise> byId = new LinkedHashMap<>();

    public ExerciseCatalog(@ConfigProperty(name = "tensorjudge.exercises-dir", defaultValue = "exercises") Path root) {
        this.root = root;
        for (Exercise exercise : ExerciseLoader.loadAll(root)) {
            byId.put(exercise.id(), exercise);
        }
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Loaded %d exercises from %s", byId.size(), root.toAbsolutePath());
    }

    public List<Exercise> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the content bank lives; relative paths resolve against the working directory (the repository root). */
@ConfigMapping(prefix = "tensorjudge.bank")
public interface BankConfig {

    @WithDefault("questions")
    Path questionsDir();

    @WithDefault("exercises")
    Path exercisesDir();

    /**
     * Where an older release kept content published through authoring (exercise versions, question edits): imported
     * into the database once at start-up, then ignored (the database holds it now, shared by every instance).
     */
    @WithDefault("data/authored")
    Path authoredDir();
}

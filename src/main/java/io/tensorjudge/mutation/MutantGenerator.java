package io.tensorjudge.mutation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code mutation/mutate.py} (stdlib {@code ast} only) on a reference solution.py. A plain python3 subprocess is
 * enough here: the script parses trusted bank code and never executes it; the mutants it prints are graded in the
 * sandbox like any candidate's code.
 */
public final class MutantGenerator {

    private static final long TIMEOUT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private record Output(int generated, List<String> ids, List<GeneratedMutant> mutants) {
    }

    private final Path script;

    public MutantGenerator() {
        this.script = extractScript();
    }

    /** At most {@code max} mutants, sampled deterministically; a smaller max gives a subset of a larger one's. */
    public GeneratedMutants generate(String solutionSource, int max) {
        Path stdout = null;
        try {
            stdout = Files.createTempFile("tj-mutants-", ".json");
            Process process = new ProcessBuilder(python(), "-I", script.toString(), "--max", Integer.toString(max))
                    .redirectOutput(stdout.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(solutionSource.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the mutant generator ran longer than " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the mutant generator failed (exit " + process.exitValue()
                        + "): does solution.py parse?");
            }
            Output output = JSON.readValue(stdout.toFile(), Output.class);
            return new GeneratedMutants(output.ids(), output.mutants());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating mutants", e);
        } finally {
            if (stdout != null) {
                stdout.toFile().delete();
            }
        }
    }

    /** Debian's interpreter when present (the one the sandbox uses), else whatever python3 is on the PATH. */
    private static String python() {
        Path debian = Paths.get("/usr/bin/python3");
        return Files.isExecutable(debian) ? debian.toString() : "python3";
    }

    private static Path extractScript() {
        try (InputStream in = MutantGenerator.class.getResourceAsStream("/mutation/mutate.py")) {
            if (in == null) {
                throw new IllegalStateException("mutation/mutate.py is missing from the classpath");
            }
            Path file = Files.createTempFile("tj-mutate-", ".py");
            file.toFile().deleteOnExit();
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

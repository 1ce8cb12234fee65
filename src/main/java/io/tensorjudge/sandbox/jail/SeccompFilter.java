package io.tensorjudge.sandbox.jail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jail's syscall filter (deny list in {@code sandbox/seccomp_filter.py}): compiled to BPF once at start-up by
 * libseccomp through its Python binding, never written by hand, and handed to every worker's bwrap as an fd.
 */
public final class SeccompFilter {
    /** The descriptor bwrap reads the program from ({@code --seccomp 9}). */
    static final String FD = "9";
    private static final String GENERATOR = "sandbox/seccomp_filter.py";

    private final Path program;

    private SeccompFilter(Path program) {
        this.program = program;
    }

    public Path program() {
        return program;
    }

    /** Runs the generator with the host's {@code python} and keeps the program in {@code dir}. */
    public static SeccompFilter export(String python, Path dir) throws IOException {
        Files.createDirectories(dir);
        String unique = ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path generator = dir.resolve("seccomp_filter." + unique + ".py");
        Path tmp = dir.resolve("seccomp." + unique + ".bpf");
        Path target = dir.resolve("seccomp.bpf");
        try {
            Files.write(generator, Jail.resource(GENERATOR));
            // -I: no user site, no environment; the binding comes from Debian's dist-packages (python3-seccomp)
            Process p = new ProcessBuilder(python, "-I", generator.toString(), tmp.toString())
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readNBytes(4000), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("the seccomp filter generator did not finish within 30 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(out.contains("No module named 'seccomp'")
                        ? "libseccomp's Python binding is missing for " + python + " (apt-get install python3-seccomp)"
                        : "the seccomp filter generator failed: " + out);
            }
            long size = Files.size(tmp);
            if (size == 0 || size % 8 != 0) { // struct sock_filter is 8 bytes
                throw new IOException("the seccomp filter generator wrote " + size + " bytes, not a BPF program");
            }
            // several runners may share the dir: each writes its own file and renames it over the same program
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new SeccompFilter(target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating the seccomp filter", e);
        } finally {
            Files.deleteIfExists(generator);
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Prefix for a worker's argv that opens the program as fd {@value #FD} and then execs the rest of the argv with
     * an empty environment (the path and the argv are positional parameters of the shell, never parsed as shell
     * text).
     */
    List<String> openAsFd() {
        // env -i: the shell adds PWD (bash also SHLVL and _), and bwrap's PID 1 would show them in /proc/1/environ
        return List.of("/bin/sh", "-c", "exec " + FD + "<\"$0\" && exec /usr/bin/env -i \"$@\"",
                program.toString());
    }

    /** bwrap loads the program right before it execs the jailed command, after setting up the namespaces. */
    List<String> bwrapOptions() {
        return List.of("--seccomp", FD);
    }
}

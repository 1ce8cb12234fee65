package io.tensorjudge.sandbox;

import io.tensorjudge.sandbox.jail.SeccompFilter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/seccomp-tensorjudge.json, loaded with libseccomp the way a container runtime loads it: bubblewrap can still
 * build a jail (with the job filter nested inside) and run NumPy there, while what the profile denies is denied.
 */
@Tag("sandbox")
class ContainerSeccompProfileTest {
    private static final Path PROFILE = Paths.get("docker/seccomp-tensorjudge.json");
    private static final Path APPLY = Paths.get("src/test/resources/sandbox/apply_docker_profile.py");

    @Test
    void shouldLetBwrapBuildAFilteredJailUnderTheContainerProfile(@TempDir Path dir) throws Exception {
        TestSandbox.assumeBwrap();
        Path bpf = SeccompFilter.export("/usr/bin/python3", dir).program();
        List<String> jail = new ArrayList<>(List.of("/bin/sh", "-c", "exec 9<\"$0\" && exec \"$@\"", bpf.toString(),
                "/usr/bin/python3", "-I", APPLY.toString(), PROFILE.toString()));
        jail.addAll(bwrap("--seccomp", "9", "/usr/bin/python3", "-c",
                "import numpy; print(open('/proc/self/status').read().count('Seccomp_filters:\\t2'), numpy.ones(3).sum())"));

        Result r = run(jail);

        assertEquals(0, r.exit, r.output);
        assertEquals("1 3.0", r.output.strip(), "two filters (container's and job's) and NumPy inside the jail");
    }

    @Test
    void shouldDenyKeyringsBpfAndPtraceInTheContainer() throws Exception {
        TestSandbox.assumeBwrap();
        Result r = run(List.of("/usr/bin/python3", "-I", APPLY.toString(), PROFILE.toString(), "/usr/bin/python3",
                "-c", "import ctypes\nl = ctypes.CDLL(None, use_errno=True)\nout = []\n"
                        + "for nr in (250, 321, 101, 425):\n"
                        + "    ctypes.set_errno(0)\n    out.append((l.syscall(nr, 0, 0, 0, 0), ctypes.get_errno()))\n"
                        + "print(out)"));

        assertEquals(0, r.exit, r.output);
        assertEquals("[(-1, 1), (-1, 1), (-1, 1), (-1, 1)]", r.output.strip());
    }

    /** The check above has teeth: with Docker's usual denial of unshare bwrap cannot start. */
    @Test
    void shouldBreakBwrapWhenUnshareIsDeniedAsInDockersDefault(@TempDir Path dir) throws Exception {
        TestSandbox.assumeBwrap();
        Path strict = dir.resolve("strict.json");
        Files.writeString(strict, Files.readString(PROFILE).replace("\"add_key\",", "\"add_key\", \"unshare\","));
        List<String> argv = new ArrayList<>(List.of("/usr/bin/python3", "-I", APPLY.toString(), strict.toString()));
        argv.addAll(bwrap("/usr/bin/true"));

        Result r = run(argv);

        assertNotEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("bwrap"), r.output);
    }

    private static List<String> bwrap(String... tail) {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/bwrap", "--unshare-all", "--unshare-user",
                "--die-with-parent", "--disable-userns", "--ro-bind", "/usr", "/usr", "--ro-bind-try", "/lib", "/lib",
                "--ro-bind-try", "/lib64", "/lib64", "--ro-bind-try", "/bin", "/bin", "--ro-bind-try",
                "/etc/alternatives", "/etc/alternatives", "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
                "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        argv.addAll(List.of(tail));
        return argv;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readNBytes(20000), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "timed out: " + out);
        return new Result(p.exitValue(), out);
    }
}

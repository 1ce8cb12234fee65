package io.tensorjudge.sandbox;

import io.tensorjudge.wire.DictValue;
import io.tensorjudge.wire.FloatValue;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.Value;

import io.tensorjudge.common.Language;

import static io.tensorjudge.sandbox.TestSandbox.call;
import static io.tensorjudge.sandbox.TestSandbox.java;
import static io.tensorjudge.sandbox.TestSandbox.python;
import static io.tensorjudge.sandbox.TestSandbox.runner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every job runs under the seccomp deny list; what honest code needs still works. */
@org.junit.jupiter.api.Tag("sandbox")
class SeccompFilterTest {
    /** name -> (syscall number and arguments on x86_64, errno the filter must give). */
    static final Map<String, String> DENIED = new LinkedHashMap<>();

    static {
        DENIED.put("io_uring_setup", "425, 1, 0");
        DENIED.put("io_uring_enter", "426, 0, 0, 0, 0, 0");
        DENIED.put("io_uring_register", "427, 0, 0, 0, 0");
        DENIED.put("userfaultfd", "323, 0");
        DENIED.put("perf_event_open", "298, 0, 0, -1, -1, 0");
        DENIED.put("bpf", "321, 0, 0, 0");
        DENIED.put("add_key", "248, 0, 0, 0, 0, 0");
        DENIED.put("request_key", "249, 0, 0, 0, 0");
        DENIED.put("keyctl", "250, 0, 0");
        DENIED.put("ptrace", "101, 16, 1, 0, 0"); // PTRACE_ATTACH to pid 1
        DENIED.put("process_vm_readv", "310, 1, 0, 0, 0, 0, 0");
        DENIED.put("process_vm_writev", "311, 1, 0, 0, 0, 0, 0");
        DENIED.put("mount", "165, 0, 0, 0, 0, 0");
        DENIED.put("umount2", "166, 0, 0");
        DENIED.put("pivot_root", "155, 0, 0");
        DENIED.put("move_mount", "429, 0, 0, 0, 0, 0");
        DENIED.put("open_tree", "428, 0, 0, 0");
        DENIED.put("fsopen", "430, 0, 0");
        DENIED.put("unshare(CLONE_NEWUSER)", "272, 0x10000000");
        DENIED.put("unshare(CLONE_NEWNS)", "272, 0x20000");
        DENIED.put("setns", "308, 0, 0");
        DENIED.put("clone(CLONE_NEWUSER)", "56, 0x10000000 | 17, 0, 0, 0, 0");
        DENIED.put("clone(CLONE_NEWNET)", "56, 0x40000000 | 17, 0, 0, 0, 0");
        DENIED.put("kexec_load", "246, 0, 0, 0, 0");
        DENIED.put("kexec_file_load", "320, -1, -1, 0, 0, 0");
        DENIED.put("init_module", "175, 0, 0, 0");
        DENIED.put("finit_module", "313, -1, 0, 0");
        DENIED.put("delete_module", "176, 0, 0");
        DENIED.put("personality(PER_LINUX32)", "135, 8");
        DENIED.put("personality(ADDR_NO_RANDOMIZE)", "135, 0x0040000");
        DENIED.put("acct", "163, 0");
        DENIED.put("swapon", "167, 0, 0");
        DENIED.put("swapoff", "168, 0");
        DENIED.put("reboot", "169, 0, 0, 0, 0");
        DENIED.put("settimeofday", "164, 0, 0");
        DENIED.put("clock_settime", "227, 0, 0");
        DENIED.put("x32 ABI getpid", "0x40000000 | 39");
    }

    /** Python source whose f() returns {name: errno of the call, or -1000 - result when the call succeeded}. */
    static String probeSource(Map<String, String> calls) {
        StringBuilder s = new StringBuilder("""
                import ctypes
                libc = ctypes.CDLL(None, use_errno=True)
                def call(nr, *args):
                    ctypes.set_errno(0)
                    r = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) for a in args])
                    return ctypes.get_errno() if r == -1 else -1000 - r
                CALLS = {
                """);
        calls.forEach((name, args) -> s.append("    ").append(pyString(name)).append(": (").append(args)
                .append(",),\n"));
        s.append("}\ndef f():\n    return {name: call(*args) for name, args in CALLS.items()}\n");
        return s.toString();
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void shouldDenyEachListedSyscallInsideAJob() {
        SandboxResult r = runner().run(python(probeSource(DENIED), "f", call("probe")));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases() + r.stderr());
        Map<String, Value> got = ((DictValue) r.cases().get(0).value()).entries();
        assertEquals(DENIED.keySet(), got.keySet());
        for (String name : DENIED.keySet()) {
            assertEquals(new IntValue(1), got.get(name), name + " must fail with EPERM inside a job, got " + got.get(name));
        }
    }

    @Test
    void shouldMakeClone3UnavailableSoGlibcFallsBackToTheFilterableClone() {
        SandboxResult r = runner().run(python(probeSource(Map.of("clone3", "435, 0, 0")), "f", call("probe")));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases() + r.stderr());
        assertEquals(new IntValue(38), ((DictValue) r.cases().get(0).value()).entries().get("clone3")); // ENOSYS
    }

    @Test
    void shouldLeaveTheDefaultPersonalityAndHarmlessCallsAlone() {
        Map<String, String> allowed = new LinkedHashMap<>();
        allowed.put("personality(PER_LINUX)", "135, 0");
        allowed.put("personality(query)", "135, 0xffffffff");
        allowed.put("getpid", "39");
        SandboxResult r = runner().run(python(probeSource(allowed), "f", call("probe")));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases() + r.stderr());
        Map<String, Value> got = ((DictValue) r.cases().get(0).value()).entries();
        for (String name : allowed.keySet()) {
            long v = ((IntValue) got.get(name)).value();
            assertTrue(v <= -1000, name + " must succeed, got errno " + v);
        }
    }

    @Test
    void shouldStillRunNumpyThreadsAndChildProcessesUnderTheFilter() {
        String source = """
                import os, subprocess, threading, numpy as np
                def f(x):
                    status = open('/proc/self/status').read()
                    assert '\\nSeccomp:\\t2\\n' in status, status
                    out = []
                    t = threading.Thread(target=lambda: out.append(float(np.linalg.inv(x).sum())))
                    t.start()
                    t.join()
                    pid = os.fork()
                    if pid == 0:
                        os._exit(7)
                    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 7
                    assert subprocess.run(['/usr/bin/true']).returncode == 0
                    return out[0]
                """;
        SandboxResult r = runner().run(python(source, "f",
                call("inv", TestSandbox.matrix(new double[][] {{2, 0}, {0, 4}}))));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases() + r.stderr());
        assertEquals(new FloatValue(0.75), r.cases().get(0).value());
    }

    @Test
    void shouldCompileAndRunJavaWithThreadsUnderTheFilter() {
        String source = """
                public class Solution {
                    public static double f() throws Exception {
                        String status = new String(java.nio.file.Files.readAllBytes(
                                java.nio.file.Paths.get("/proc/self/status")));
                        if (!status.contains("\\nSeccomp:\\t2\\n")) throw new IllegalStateException(status);
                        double[] box = new double[1];
                        Thread t = new Thread(() -> box[0] = java.util.stream.IntStream.rangeClosed(1, 4).sum());
                        t.start();
                        t.join();
                        return box[0];
                    }
                }
                """;
        SandboxResult r = runner().run(java(source, "f", call("threads")));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases() + r.stderr());
        assertEquals(new FloatValue(10.0), r.cases().get(0).value());
    }

    @Test
    void shouldRefuseGradingWhenTheFilterCannotBeBuilt(@TempDir Path dir) throws IOException {
        TestSandbox.assumeBwrap();
        try (BwrapSandboxRunner runner = new BwrapSandboxRunner(TestSandbox.config(noSeccompPython(dir, false)))) {
            String why = runner.unavailableReason(Language.PYTHON).orElseThrow();
            assertTrue(why.contains("python3-seccomp") && why.contains("allow-without-seccomp"), why);
            SandboxResult r = runner.run(new SandboxJob(Language.PYTHON, "def f():\n    return 1.0\n", "f",
                    java.util.List.of(call("c")), runner.defaultLimits(Language.PYTHON)));
            assertEquals(Outcome.INTERNAL_ERROR, r.outcome());
            assertTrue(r.message().contains("seccomp"), r.message());

            HealthCheckResponse health = new SandboxHealthCheck(runner).call();
            assertEquals(HealthCheckResponse.Status.DOWN, health.getStatus());
            assertEquals("DEGRADED", health.getData().orElseThrow().get("state"));
            assertTrue(health.getData().orElseThrow().get("degraded").toString().contains("python3-seccomp"));
        }
    }

    @Test
    void shouldSayDegradedWhenAllowedToGradeWithoutTheFilter(@TempDir Path dir) throws IOException {
        TestSandbox.assumeBwrap();
        try (BwrapSandboxRunner runner = new BwrapSandboxRunner(TestSandbox.config(noSeccompPython(dir, true)))) {
            assertFalse(runner.unavailableReason(Language.PYTHON).isPresent(), runner.unavailableReason(Language.PYTHON).toString());
            assertFalse(runner.seccompInUse());
            assertTrue(runner.degradedReasons().get(0).contains("python3-seccomp"), runner.degradedReasons().toString());
        }
    }

    /** A python3 that cannot import the binding (site-packages off), and no warm workers. */
    private static Map<String, String> noSeccompPython(Path dir, boolean allow) throws IOException {
        Path python = dir.resolve("python3-without-seccomp");
        Files.writeString(python, "#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("tensorjudge.sandbox.python.path", python.toString(),
                "tensorjudge.sandbox.python.warm-workers", "0",
                "tensorjudge.sandbox.java.enabled", "false",
                "tensorjudge.sandbox.allow-without-seccomp", Boolean.toString(allow),
                // the default's place, which the sandbox uid can reach (a JUnit temp dir is private)
                "tensorjudge.sandbox.cache-dir", "data/sandbox-without-seccomp");
    }
}

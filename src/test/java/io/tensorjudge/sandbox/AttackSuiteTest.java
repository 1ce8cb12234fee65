package io.tensorjudge.sandbox;

import io.tensorjudge.sandbox.jail.Jail;
import io.tensorjudge.wire.NdArray;

import io.tensorjudge.common.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile submissions, each with the outcome it must get. After every one the runner must still run a normal job;
 * after all of them no sandbox process may remain and nothing may have been written outside the sandboxes.
 */
@Tag("sandbox")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackSuiteTest {
    /** A uid range of its own, so stray processes of this suite can be found by uid. */
    private static final int UID_BASE = 62000;
    private static final int UID_COUNT = 16;
    private static final Path HARNESS = Paths.get("data/sandbox/python/harness.py");

    private BwrapSandboxRunner runner;
    private ServerSocket loopbackListener;
    private byte[] harnessBefore;
    private long suiteStartMillis;

    record Attack(String name, Language language, String source, String entry, Set<Outcome> expected,
            Consumer<SandboxResult> check) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void startRunner() throws IOException {
        TestSandbox.assumeBwrap();
        suiteStartMillis = System.currentTimeMillis() - 1000;
        runner = new BwrapSandboxRunner(TestSandbox.config(Map.of(
                "tensorjudge.sandbox.uid-base", Integer.toString(UID_BASE),
                "tensorjudge.sandbox.uid-count", Integer.toString(UID_COUNT),
                "tensorjudge.sandbox.python.warm-workers", "1",
                "tensorjudge.sandbox.java.warm-workers", "1")));
        loopbackListener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        loopbackListener.setSoTimeout(1);
        harnessBefore = Files.readAllBytes(HARNESS);
    }

    @AfterAll
    void noStraysAndNoWrites() throws Exception {
        if (runner == null) {
            return;
        }
        runner.close();
        loopbackListener.close();
        for (int i = 0; i < 100 && runner.liveWorkers() > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, runner.liveWorkers(), "sandbox workers still alive after close");
        List<String> strays = strays();
        for (int i = 0; i < 50 && !strays.isEmpty(); i++) {
            Thread.sleep(200); // killed sandboxes may take a moment to finish exiting
            strays = strays();
        }
        assertEquals(List.of(), strays, "processes left behind by the attack suite");
        assertTrue(java.util.Arrays.equals(harnessBefore, Files.readAllBytes(HARNESS)), "harness was modified");
        for (String dir : List.of("/tmp", "/var/tmp", "/dev/shm")) {
            try (Stream<Path> s = Files.walk(Paths.get(dir), 2)) {
                List<Path> written = s.filter(p -> p.getFileName().toString().startsWith("tj-escape")).toList();
                assertEquals(List.of(), written, "files written to the host's " + dir);
            } catch (java.io.UncheckedIOException e) {
                // unreadable subdirectories of other users: not ours
            }
        }
    }

    private static List<String> strays() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Paths.get("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String cmd = readQuietly(p.resolve("cmdline")).replace('\0', ' ');
                int uid = uidOf(p);
                if (cmd.contains("1234.5") || (Jail.runningAsRoot() && uid >= UID_BASE && uid < UID_BASE + UID_COUNT)) {
                    strays.add(p.getFileName() + " uid=" + uid + " " + cmd);
                }
            }
        }
        return strays;
    }

    Stream<Attack> attacks() {
        List<Attack> a = new ArrayList<>();
        a.add(py("fork bomb", """
                import os, time
                def f(x):
                    while True:
                        if os.fork() == 0:
                            time.sleep(60)
                            os._exit(0)
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "Resource temporarily unavailable")));
        a.add(py("infinite loop", """
                def f(x):
                    while True:
                        pass
                """, Outcome.TIME_LIMIT, r -> { }));
        a.add(py("16 GB allocation", """
                import numpy as np
                def f(x):
                    return np.ones(2 * 1024 ** 3)
                """, Outcome.MEMORY_LIMIT, r -> { }));
        a.add(py("5 GB file", """
                def f(x):
                    with open('/work/big', 'wb') as out:
                        for _ in range(5 * 1024):
                            out.write(b'x' * (1 << 20))
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "File too large")));
        a.add(py("200 MB stdout", """
                import sys
                def f(x):
                    for _ in range(200):
                        sys.stdout.write('x' * 1000000)
                """, Outcome.OUTPUT_LIMIT, r -> assertTrue(r.stdout().length() <= 64 * 1024)));
        a.add(py("200 MB stderr", """
                import sys
                def f(x):
                    for _ in range(200):
                        sys.stderr.write('x' * 1000000)
                """, Outcome.OUTPUT_LIMIT, r -> assertTrue(r.stderr().length() <= 64 * 1024)));
        a.add(py("TCP to loopback", """
                import socket
                def f(x):
                    socket.create_connection(('127.0.0.1', LOOPBACK_PORT), timeout=2).send(b'hello')
                """, Outcome.RUNTIME_ERROR, r -> assertNoLoopbackConnection()));
        a.add(py("TCP to an outside address", """
                import socket
                def f(x):
                    socket.create_connection(('1.1.1.1', 80), timeout=2)
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "unreachable")));
        a.add(py("read /etc/shadow", """
                def f(x):
                    return open('/etc/shadow').read()
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "No such file")));
        a.add(py("list home directories and the host's files", """
                import os
                def f(x):
                    found = [p for p in ('/root', '/home', '/work/wt', '/var/lib', '/etc/passwd', '/data') if os.path.exists(p)]
                    raise RuntimeError('FOUND%sEND' % found)
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "FOUND[]END")));
        a.add(py("read /proc/1/environ", """
                def f(x):
                    raise RuntimeError('ENV[%s]' % open('/proc/1/environ').read())
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "ENV[]")));
        a.add(py("read environment variables", """
                import os
                def f(x):
                    raise RuntimeError('KEYS%sEND' % sorted(k for k in os.environ if k not in (
                        'PATH', 'HOME', 'PWD', 'LANG', 'OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'LC_CTYPE')))
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "KEYS[]END")));
        a.add(py("search for tests and expected outputs", """
                import os
                def f(x):
                    hits = []
                    for top in ('/', ):
                        for root, dirs, files in os.walk(top):
                            dirs[:] = [d for d in dirs if os.path.join(root, d) not in ('/usr', '/proc', '/sys', '/dev')]
                            hits += [os.path.join(root, n) for n in files + dirs
                                     if any(w in n for w in ('expected', 'exercise', '.yaml', 'reference', 'tensorjudge'))]
                    raise RuntimeError('HITS%sEND' % [h for h in hits if not h.startswith('/opt/tensorjudge')])
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "HITS[]END")));
        a.add(py("overwrite the harness", """
                def f(x):
                    open('/opt/tensorjudge/harness.py', 'w').write('print(1)')
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "Read-only file system")));
        a.add(py("forge the result channel", """
                import os
                def f(x):
                    for fd in range(3, 64):
                        try:
                            os.write(fd, b'K\\x04\\x00\\x00\\x00evil\\x00')
                        except OSError:
                            pass
                    return 1.0
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "corrupted")));
        a.add(py("write to the host's /tmp", """
                def f(x):
                    open('/tmp/tj-escape', 'w').write('x')
                    open('/dev/shm/tj-escape', 'w').write('x')
                    return 1.0
                """, Outcome.OK, r -> { }));
        a.add(py("monkeypatch builtins and numpy", """
                import builtins, numpy as np
                def f(x):
                    builtins.isinstance = lambda *a: True
                    builtins.type = lambda *a: float
                    np.exp = lambda v: v * 0
                    return np.zeros(3)
                """, Outcome.RUNTIME_ERROR, r -> { }));
        a.add(py("background daemon outliving the job", """
                import os
                def f(x):
                    if os.fork() == 0:
                        os.setsid()
                        if os.fork() == 0:
                            os.execv('/usr/bin/sleep', ['sleep', '1234.5'])
                        os._exit(0)
                    return 1.0
                """, Outcome.OK, r -> { }));
        a.add(py("kill the parent", """
                import os, signal
                def f(x):
                    os.kill(os.getppid(), signal.SIGKILL)
                    os.kill(1, signal.SIGKILL)
                    return 1.0
                """, Set.of(Outcome.OK, Outcome.RUNTIME_ERROR), r -> { }));
        a.add(py("sys.exit(0) in the function", """
                import sys
                def f(x):
                    sys.exit(0)
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "SystemExit")));
        a.add(py("os._exit(0) in the function", """
                import os
                def f(x):
                    os._exit(0)
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "exited with status 0")));
        a.add(py("lying __array__ and __eq__", """
                import numpy as np
                class Liar:
                    def __array__(self, dtype=None):
                        return np.ones(3)
                    def __eq__(self, other):
                        return True
                def f(x):
                    return Liar()
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "unsupported return type Liar")));
        a.add(py("ndarray subclass", """
                import numpy as np
                class Sneaky(np.ndarray):
                    def __eq__(self, other):
                        return True
                    def tolist(self):
                        return [1.0, 1.0, 1.0]
                def f(x):
                    return np.zeros(3).view(Sneaky)
                """, Outcome.OK, r -> assertEquals(0.0, ((NdArray) r.cases().get(0).value()).toDoubles()[0])));
        a.add(py("1e9-element output", """
                import numpy as np
                def f(x):
                    return np.broadcast_to(np.float64(1.0), (10 ** 9,))
                """, Outcome.OUTPUT_LIMIT, r -> { }));
        a.add(py("deep recursion", """
                def g(n):
                    return g(n + 1) + 1
                def f(x):
                    return g(0)
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "RecursionError")));
        // Python 3.11 keeps Python frames off the C stack, so this ends in whichever limit comes first.
        a.add(py("deep recursion with the limit lifted", """
                import sys
                def g(n):
                    return g(n + 1) + 1
                def f(x):
                    sys.setrecursionlimit(10 ** 8)
                    return g(0)
                """, Set.of(Outcome.RUNTIME_ERROR, Outcome.MEMORY_LIMIT, Outcome.TIME_LIMIT), r -> { }));
        a.add(py("segfault via ctypes", """
                import ctypes
                def f(x):
                    return ctypes.string_at(0)
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "SIGSEGV")));
        a.add(py("subprocess curl", """
                import subprocess
                def f(x):
                    subprocess.run(['curl', '-sS', '--max-time', '1', 'http://1.1.1.1/'], check=True)
                """, Outcome.RUNTIME_ERROR, r -> { }));
        a.add(py("sleep 1000", """
                import time
                def f(x):
                    time.sleep(1000)
                """, Outcome.TIME_LIMIT, r -> { }));
        a.add(py("1000 threads", """
                import threading, time
                def f(x):
                    for _ in range(1000):
                        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
                """, Outcome.RUNTIME_ERROR, r -> assertContains(r, "thread")));
        a.add(py("fill /dev/shm", """
                def f(x):
                    with open('/dev/shm/fill', 'wb') as out:
                        for _ in range(200):
                            out.write(b'x' * (1 << 20))
                """, Outcome.RUNTIME_ERROR, r -> { }));
        a.add(py("invalid UTF-8 and NUL bytes in the source", "def f(x):\n    return x \uD800 \u0000 \u00ff\n",
                Outcome.COMPILE_ERROR, r -> { }));
        a.add(py("1 MB source", "# " + "x".repeat(1 << 20) + "\ndef f(x):\n    return x\n",
                Outcome.COMPILE_ERROR, r -> assertTrue(r.message().contains("limit"))));
        a.add(py("syntax error", "def f(x)\n    return x\n", Outcome.COMPILE_ERROR,
                r -> assertContains(r, "SyntaxError")));
        a.add(py("import of a missing module", "import torchvision_does_not_exist\ndef f(x):\n    return x\n",
                Outcome.COMPILE_ERROR, r -> assertContains(r, "ModuleNotFoundError")));

        // Kernel attack surface the seccomp filter closes (each measured to succeed from practice code before it).
        for (Map.Entry<String, String> call : Map.of(
                "io_uring_setup", "425, 8, ctypes.addressof(ctypes.create_string_buffer(120))",
                "userfaultfd", "323, 0",
                "add_key", "248, b'user', b'tj', b'secret', 6, -2",
                "unshare a user namespace", "272, 0x10000000",
                "mount a tmpfs", "165, b'none', b'/tmp', b'tmpfs', 0, 0",
                "ptrace the harness", "101, 16, 1, 0, 0",
                "bpf", "321, 5, 0, 0",
                "perf_event_open", "298, ctypes.addressof(ctypes.create_string_buffer(128)), 0, -1, -1, 0").entrySet()) {
            a.add(py("syscall " + call.getKey(), """
                    import ctypes, os
                    libc = ctypes.CDLL(None, use_errno=True)
                    libc.syscall.argtypes = None
                    def f(x):
                        args = (ARGS,)
                        r = libc.syscall(*[ctypes.c_long(a) if isinstance(a, int) else a for a in args])
                        if r == -1:
                            e = ctypes.get_errno()
                            raise OSError(e, os.strerror(e))
                        return 1.0
                    """.replace("ARGS", call.getValue()), Outcome.RUNTIME_ERROR,
                    r -> assertContains(r, "Operation not permitted")));
        }
        a.add(jv("System.exit", "public static double f(INDArray x) { System.exit(0); return 0; }",
                Outcome.RUNTIME_ERROR, r -> { }));
        a.add(jv("infinite loop", "public static double f(INDArray x) { while (true) { x.getDouble(0); } }",
                Outcome.TIME_LIMIT, r -> { }));
        a.add(jv("OutOfMemoryError", """
                public static double f(INDArray x) {
                    java.util.List<long[]> hog = new java.util.ArrayList<>();
                    while (true) { hog.add(new long[1 << 20]); }
                }""", Outcome.MEMORY_LIMIT, r -> { }));
        a.add(jv("reflection on the harness", """
                public static double f(INDArray x) throws Exception {
                    Class<?> h = Class.forName("JavaHarness");
                    java.lang.reflect.Method m = h.getDeclaredMethod("main", String[].class);
                    m.setAccessible(true);
                    m.invoke(null, (Object) new String[0]);
                    return 1;
                }""", Outcome.RUNTIME_ERROR, r -> { }));
        a.add(jv("thread bomb", """
                public static double f(INDArray x) {
                    for (int i = 0; i < 10000; i++) {
                        Thread t = new Thread(() -> { try { Thread.sleep(60000); } catch (InterruptedException e) { } });
                        t.setDaemon(true);
                        t.start();
                    }
                    return 1;
                }""", Outcome.RUNTIME_ERROR, r -> assertContains(r, "native thread")));
        a.add(jv("Runtime.exec", """
                public static double f(INDArray x) throws Exception {
                    Process p = Runtime.getRuntime().exec(new String[] {"sh", "-c", "cat /etc/shadow && curl -s http://1.1.1.1"});
                    if (p.waitFor() != 0) throw new IllegalStateException("exit " + p.exitValue());
                    return 1;
                }""", Outcome.RUNTIME_ERROR, r -> { }));
        a.add(jv("write to the real stdout", """
                public static double f(INDArray x) throws Exception {
                    new java.io.FileOutputStream(java.io.FileDescriptor.out).write("garbage".getBytes());
                    return 1;
                }""", Outcome.RUNTIME_ERROR, r -> assertContains(r, "corrupted")));
        return a.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void shouldContainAttack(Attack attack) throws Exception {
        SandboxLimits limits = runner.defaultLimits(attack.language())
                .withWallTime(Duration.ofSeconds(attack.language() == Language.JAVA ? 20 : 3))
                .withCpuTime(Duration.ofSeconds(2));
        String source = attack.source().replace("LOOPBACK_PORT", Integer.toString(loopbackListener.getLocalPort()));
        SandboxJob job = new SandboxJob(attack.language(), source, "f",
                List.of(new SandboxCase("c1", List.of(NdArray.ofDoubles(new double[] {1, 2, 3}, 3)))), limits);

        SandboxResult r = runner.run(job);

        String detail = r.message() + " | " + r.cases() + " | stderr: " + r.stderr();
        if (attack.expected().size() == 1) {
            assertEquals(attack.expected().iterator().next(), r.outcome(), detail);
        } else {
            assertTrue(attack.expected().contains(r.outcome()), r.outcome() + " not in " + attack.expected() + ": " + detail);
        }
        assertFalse(r.outcome() == Outcome.INTERNAL_ERROR, detail);
        attack.check().accept(r);
        assertNothingOutlivesTheJob();
        assertRunnerHealthy();
    }

    /** As root: no process runs under a sandbox uid that no live worker holds (what the attack's job left). */
    private void assertNothingOutlivesTheJob() throws InterruptedException, IOException {
        if (!Jail.runningAsRoot()) {
            return;
        }
        List<String> left = orphans();
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(100); // a killed sandbox may take a moment to exit
            left = orphans();
        }
        assertEquals(List.of(), left, "processes that outlived their job");
    }

    private List<String> orphans() throws IOException {
        Set<Integer> held = runner.liveUids();
        List<String> found = new ArrayList<>();
        for (String s : strays()) {
            int uid = Integer.parseInt(s.replaceFirst("^\\S+ uid=(-?\\d+) .*$", "$1"));
            if (!held.contains(uid) || s.contains("1234.5")) { // the daemon attack's marker, whatever its uid
                found.add(s);
            }
        }
        return found;
    }

    private void assertRunnerHealthy() {
        SandboxJob ok = new SandboxJob(Language.PYTHON, "def f(x):\n    return x * 2\n", "f",
                List.of(new SandboxCase("c1", List.of(NdArray.ofDoubles(new double[] {1, 2}, 2)))),
                runner.defaultLimits(Language.PYTHON));
        SandboxResult r = runner.run(ok);
        assertEquals(Outcome.OK, r.outcome(), "runner unhealthy after the attack: " + r.message() + r.stderr());
        assertEquals(4.0, ((NdArray) r.cases().get(0).value()).toDoubles()[1]);
    }

    private void assertNoLoopbackConnection() {
        try {
            loopbackListener.accept().close();
            throw new AssertionError("the sandbox reached the host's loopback");
        } catch (SocketTimeoutException expected) {
            // nobody connected
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertContains(SandboxResult r, String text) {
        String all = r.message() + "\n" + r.cases().stream().map(c -> String.valueOf(c.error()))
                .reduce("", String::concat);
        assertTrue(all.contains(text), "expected '" + text + "' in: " + all);
    }

    private static Attack py(String name, String source, Outcome expected, Consumer<SandboxResult> check) {
        return py(name, source, Set.of(expected), check);
    }

    private static Attack py(String name, String source, Set<Outcome> expected, Consumer<SandboxResult> check) {
        return new Attack("python: " + name, Language.PYTHON, source, "f", expected, check);
    }

    private static Attack jv(String name, String method, Outcome expected, Consumer<SandboxResult> check) {
        String source = "import org.nd4j.linalg.api.ndarray.INDArray;\npublic class Solution {\n" + method + "\n}\n";
        return new Attack("java: " + name, Language.JAVA, source, "f", Set.of(expected), check);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static int uidOf(Path proc) {
        for (String line : readQuietly(proc.resolve("status")).split("\n")) {
            if (line.startsWith("Uid:")) {
                return Integer.parseInt(line.split("\\s+")[1]);
            }
        }
        return -1;
    }
}

package io.tensorjudge.sandbox;

import io.tensorjudge.sandbox.jail.Jail;
import io.tensorjudge.wire.BoolValue;
import io.tensorjudge.wire.DictValue;
import io.tensorjudge.wire.FloatValue;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.ListValue;
import io.tensorjudge.wire.Value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tensorjudge.common.Language;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fork server (python.fork-server) with real bubblewrap processes: jobs forked one after another from the same
 * template see nothing of each other, cannot reach the template or another job, and a template that dies is replaced
 * without a job hanging. Root only (as a normal user there is no fork server: jobs start a bwrap each).
 */
@Tag("sandbox")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForkServerTest {
    private static final int UID_BASE = 63100;
    private static final int UID_COUNT = 8;
    private BwrapSandboxRunner runner;
    private Jail server;

    @BeforeAll
    void start() {
        TestSandbox.assumeBwrap();
        if (!Jail.runningAsRoot()) {
            System.err.println("!!! FORK SERVER TESTS SKIPPED: the fork server needs root");
            assumeTrue(false, "the fork server needs root");
        }
        runner = new BwrapSandboxRunner(TestSandbox.config(Map.of(
                "tensorjudge.sandbox.uid-base", Integer.toString(UID_BASE),
                "tensorjudge.sandbox.uid-count", Integer.toString(UID_COUNT),
                "tensorjudge.sandbox.python.fork-server", "true",
                // no warm jobs: each job is forked only after the one before it has ended
                "tensorjudge.sandbox.python.warm-workers", "0",
                "tensorjudge.sandbox.java.enabled", "false")));
        server = runner.jail();
        if (!server.forkServerInUse()) {
            throw new AssertionError("no fork server as root");
        }
    }

    @AfterAll
    void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    private SandboxResult run(String body, Duration wall) {
        return runner.run(new SandboxJob(Language.PYTHON,
                "import os, sys, builtins, json, ctypes, signal, numpy as np\ndef f():\n" + body, "f",
                List.of(new SandboxCase("c", List.of())),
                runner.defaultLimits(Language.PYTHON).withWallTime(wall)));
    }

    private Value ok(String body) {
        SandboxResult r = run(body, Duration.ofSeconds(10));
        assertEquals(Outcome.OK, r.outcome(), r.message() + " " + r.cases() + " " + r.stderr());
        return r.cases().get(0).value();
    }

    @Test
    void shouldLetNoStateOfOneJobReachTheNextOnTheSameTemplate() {
        ok("    return 1.0\n");
        int templates = server.templatesStarted();
        ok("""
                    np.seterr(all='raise')
                    np.set_printoptions(precision=2, threshold=5)
                    np.random.seed(1234)
                    json.EVIL = 1
                    np.EVIL = 1
                    sys.modules['evil'] = json
                    builtins.evil = 1
                    builtins.abs = lambda x: 42
                    os.environ['EVIL'] = '1'
                    for d in ('/tmp', '/work', '/dev/shm'):
                        open(d + '/evil', 'w').write('x')
                    os.chdir('/tmp')
                    return 1.0
                """);
        DictValue seen = (DictValue) ok("""
                    seeded = np.random.RandomState(1234).random_sample()
                    return {
                        'seterr': np.geterr()['divide'] == 'raise',
                        'printoptions': np.get_printoptions()['precision'] != 8,
                        'random': np.random.random_sample() == seeded,
                        'globals': hasattr(json, 'EVIL') or hasattr(np, 'EVIL'),
                        'modules': 'evil' in sys.modules,
                        'builtins': hasattr(builtins, 'evil') or abs(-1) != 1,
                        'env': 'EVIL' in os.environ,
                        'files': any(os.path.exists(d + '/evil') for d in ('/tmp', '/work', '/dev/shm')),
                        'cwd': os.getcwd() != '/work',
                    }
                """);
        for (var e : seen.entries().entrySet()) {
            assertEquals(new BoolValue(false), e.getValue(), "the second job saw the first one's " + e.getKey());
        }
        assertEquals(templates, server.templatesStarted(), "both jobs must come from the same template");
    }

    @Test
    void shouldGiveEveryJobItsOwnRandomStateAndUid() throws Exception {
        String body = """
                    import time
                    time.sleep(0.5)
                    return [float(np.random.random_sample()), os.getuid(), os.getgid()]
                """;
        CompletableFuture<Value> a = CompletableFuture.supplyAsync(() -> ok(body));
        Value b = ok(body);
        List<Value> first = ((ListValue) a.get(30, TimeUnit.SECONDS)).items();
        List<Value> second = ((ListValue) b).items();
        assertNotEquals(first.get(0), second.get(0), "two jobs drew the same 'random' number");
        assertNotEquals(first.get(1), second.get(1), "two live jobs share a uid");
        int template = server.templateUid().orElseThrow();
        for (List<Value> job : List.of(first, second)) {
            long uid = ((IntValue) job.get(1)).value();
            assertTrue(uid >= UID_BASE && uid < UID_BASE + UID_COUNT, "uid " + uid + " outside the pool");
            assertNotEquals(template, uid, "a job runs as the template's uid");
            assertEquals(job.get(1), job.get(2));
        }
    }

    @Test
    void shouldNotLetAJobSeeSignalOrTraceTheTemplateOrAnotherJob() throws Exception {
        CompletableFuture<SandboxResult> other = CompletableFuture.supplyAsync(() -> run("""
                    import time
                    time.sleep(3)
                    return 1.0
                """, Duration.ofSeconds(10)));
        Thread.sleep(500);
        long templatePid = server.templatePid();
        List<Long> targets = new java.util.ArrayList<>(List.of(templatePid));
        for (Long pid : ProcessHandle.of(templatePid).orElseThrow().children().map(ProcessHandle::pid).toList()) {
            targets.add(pid); // the other job's PID 1, as the host sees it
        }
        assertTrue(targets.size() >= 2, "the other job is not running: " + targets);
        String pids = targets.toString();
        DictValue probes = (DictValue) ok("""
                    libc = ctypes.CDLL(None, use_errno=True)
                    out = {'visible': sorted(int(p) for p in os.listdir('/proc') if p.isdigit()) != [1]}
                    for name, pid in [('host', p) for p in %s] + [('template', 2), ('template', 1)]:
                        try:
                            os.kill(pid, 0)
                            if pid != 1:
                                out['signal ' + name] = True
                        except OSError:
                            pass
                        if libc.ptrace(16, pid, None, None) == 0:  # PTRACE_ATTACH
                            out['ptrace ' + name] = True
                        try:
                            open('/proc/%%d/mem' %% pid, 'rb').read(1)
                            if pid != 1:
                                out['mem ' + name] = True
                        except OSError:
                            pass
                    out['ptrace errno'] = ctypes.get_errno()
                    return out
                """.formatted(pids));
        var entries = probes.entries();
        assertEquals(new BoolValue(false), entries.get("visible"), "the job sees other processes in /proc");
        assertEquals(new IntValue(1), entries.get("ptrace errno"), "ptrace must fail with EPERM: " + entries);
        assertEquals(2, entries.size(), "the job reached another process: " + entries);
        assertEquals(Outcome.OK, other.get(30, TimeUnit.SECONDS).outcome(), "the other job was disturbed");
        assertTrue(ProcessHandle.of(templatePid).map(ProcessHandle::isAlive).orElse(false), "the template died");
    }

    @Test
    void shouldEndAJobWhoseTemplateDiesWithinItsTimeLimitAndReplaceTheTemplate() throws Exception {
        ok("    return 1.0\n");
        int templates = server.templatesStarted();
        long templatePid = server.templatePid();
        long start = System.nanoTime();
        CompletableFuture<SandboxResult> job = CompletableFuture.supplyAsync(() -> run("""
                    import time
                    time.sleep(30)
                    return 1.0
                """, Duration.ofSeconds(8)));
        Thread.sleep(1500);
        ProcessHandle.of(templatePid).orElseThrow().destroyForcibly();
        SandboxResult r = job.get(20, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNotEquals(Outcome.OK, r.outcome());
        assertEquals(Outcome.INTERNAL_ERROR, r.outcome(), r.message());
        assertTrue(millis < 8000, "the job took " + millis + " ms, longer than its wall time");
        assertEquals(new FloatValue(1.0), ok("    return 1.0\n"));
        assertEquals(templates + 1, server.templatesStarted(), "the template was not replaced");
        if (ProcessHandle.of(templatePid).map(ProcessHandle::isAlive).orElse(false)) {
            fail("the killed template still runs");
        }
    }
}

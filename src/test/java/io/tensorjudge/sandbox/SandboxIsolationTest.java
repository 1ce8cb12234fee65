package io.tensorjudge.sandbox;

import io.tensorjudge.sandbox.jail.Jail;
import io.tensorjudge.wire.BoolValue;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.NdArray;

import io.tensorjudge.wire.Value;

import io.tensorjudge.common.Language;
import static io.tensorjudge.sandbox.TestSandbox.call;
import static io.tensorjudge.sandbox.TestSandbox.python;
import static io.tensorjudge.sandbox.TestSandbox.runner;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorjudge.config.SandboxConfig;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The pitfalls found in the trial, each pinned by a test that looks from inside the sandbox. */
@Tag("sandbox")
class SandboxIsolationTest {

    private static Value inside(String body) {
        SandboxResult r = runner().run(python("import os, resource, socket, numpy as np\ndef f():\n" + body, "f",
                call("probe")));
        assertEquals(Outcome.OK, r.outcome(), r.message() + " " + r.cases() + " " + r.stderr());
        return r.cases().get(0).value();
    }

    @Test
    void shouldStartBwrapWithAnEmptyEnvironmentSoItsPid1LeaksNothing() {
        // bwrap's own PID 1 keeps the environment bwrap was started with, whatever --clearenv does for the child.
        assertEquals(new IntValue(0), inside("    return len(open('/proc/1/environ', 'rb').read())\n"));
    }

    @Test
    void shouldMountSizedTmpfsForDevShmTmpAndTheWorkDir() {
        // --dev alone gives an unsized /dev/shm (half the host's RAM); each tmpfs must have the configured size.
        SandboxConfig config = TestSandbox.config(Map.of());
        long expected = (long) config.tmpfsMb() << 20;
        NdArray sizes = (NdArray) inside("""
                    return np.array([os.statvfs(p).f_blocks * os.statvfs(p).f_frsize
                                     for p in ('/dev/shm', '/tmp', '/work')], dtype=np.int64)
                """);
        assertArrayEquals(new long[] {expected, expected, expected}, sizes.toLongs());
    }

    @Test
    void shouldPassPlainByteCountsToPrlimit() {
        SandboxLimits limits = runner().defaultLimits(Language.PYTHON);
        NdArray rl = (NdArray) inside("""
                    return np.array([resource.getrlimit(r)[0] for r in (resource.RLIMIT_AS, resource.RLIMIT_FSIZE,
                                     resource.RLIMIT_NPROC, resource.RLIMIT_NOFILE, resource.RLIMIT_CORE)], dtype=np.int64)
                """);
        assertArrayEquals(new long[] {limits.memoryBytes(), limits.maxFileBytes(), limits.maxProcesses(),
                limits.maxOpenFiles(), 0}, rl.toLongs());
    }

    @Test
    void shouldNeverRunCandidateCodeAsRoot() {
        NdArray ids = (NdArray) inside("    return np.array([os.getuid(), os.geteuid(), os.getgid()], dtype=np.int64)\n");
        long[] v = ids.toLongs();
        for (long id : v) {
            assertNotEquals(0, id, "sandboxed code runs as uid/gid 0");
        }
        if (Jail.runningAsRoot()) {
            SandboxConfig config = TestSandbox.config(Map.of());
            assertTrue(v[0] >= config.uidBase() && v[0] < config.uidBase() + config.uidCount(),
                    "uid " + v[0] + " outside the configured range");
        }
    }

    @Test
    void shouldDropAllCapabilitiesAndSeeNoNetworkButLoopback() {
        NdArray caps = (NdArray) inside("""
                    status = dict(l.split(':\\t', 1) for l in open('/proc/self/status').read().splitlines() if ':\\t' in l)
                    ifaces = [n for _, n in socket.if_nameindex()]
                    return np.array([int(status['CapEff'], 16), int(status['CapBnd'], 16), len(ifaces), ifaces == ['lo']],
                                    dtype=np.int64)
                """);
        assertArrayEquals(new long[] {0, 0, 1, 1}, caps.toLongs());
    }

    @Test
    void shouldShowOnlyAReadOnlySystemAndTheSandboxsOwnMounts() {
        Value v = inside("""
                    mounts = [l.split()[1] for l in open('/proc/self/mounts')]
                    allowed = ('/', '/usr', '/etc/alternatives', '/etc/ld.so.cache', '/proc', '/dev', '/dev/shm', '/tmp',
                               '/work', '/opt/tensorjudge', '/dev/pts')
                    extra = [m for m in mounts if m not in allowed and not m.startswith('/dev/')]
                    writable = []
                    for p in ('/usr', '/opt/tensorjudge', '/'):
                        try:
                            open(os.path.join(p, 'probe'), 'w')
                            writable.append(p)
                        except OSError:
                            pass
                    if extra or writable:
                        raise RuntimeError('extra=%s writable=%s' % (extra, writable))
                    return True
                """);
        assertEquals(new BoolValue(true), v);
    }
}

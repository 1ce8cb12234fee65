package io.tensorjudge.sandbox;

import io.tensorjudge.wire.DictValue;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.Value;

import io.tensorjudge.wire.NdArray;

import io.tensorjudge.common.Language;
import static io.tensorjudge.sandbox.TestSandbox.call;
import static io.tensorjudge.sandbox.TestSandbox.runner;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Jobs with hidden cases: one process runs the visible cases, hands over its output, and only then receives the
 * hidden inputs. Nothing the code writes after that (stdout, stderr, exception text, exit status) may reach the
 * result, while each case is still isolated and in-place changes of the inputs are reported.
 */
@Tag("sandbox")
class HiddenPhaseTest {

    /** Recognisable values: 1234.5678 is visible, 9876.54321 and 4242.4242 are hidden. */
    private static final SandboxCase VISIBLE = call("visible", NdArray.ofDoubles(new double[] {1234.5678, 1}, 2));
    private static final SandboxCase HIDDEN_1 = call("hidden_1", NdArray.ofDoubles(new double[] {9876.54321, 2}, 2));
    private static final SandboxCase HIDDEN_2 = call("hidden_2", NdArray.ofDoubles(new double[] {4242.4242, 3}, 2));

    private static SandboxJob python(String source, List<SandboxCase> visible, List<SandboxCase> hidden) {
        return new SandboxJob(Language.PYTHON, source, "f", visible, hidden,
                runner().defaultLimits(Language.PYTHON).withWallTime(Duration.ofSeconds(3)));
    }

    private static SandboxJob java(String source, List<SandboxCase> visible, List<SandboxCase> hidden) {
        return new SandboxJob(Language.JAVA, source, "f", visible, hidden,
                runner().defaultLimits(Language.JAVA).withWallTime(Duration.ofSeconds(20)));
    }

    private static String everythingShown(SandboxResult r) {
        StringBuilder all = new StringBuilder(r.stdout()).append(r.stderr()).append(r.message());
        r.cases().forEach(c -> all.append(c.error()));
        return all.toString();
    }

    private static void assertNoHiddenValue(SandboxResult r) {
        String shown = everythingShown(r);
        assertFalse(shown.contains("9876") || shown.contains("4242"), "hidden value leaked: " + shown);
    }

    @Test
    void shouldRunHiddenCasesInTheSameProcessAndKeepOnlyTheVisiblePhasesOutput() {
        String src = """
                import os, sys
                def f(x):
                    print('stdout', x[0], os.getpid())
                    print('stderr', x[0], file=sys.stderr)
                    os.write(2, b'raw %f\\n' % x[0])
                    return x * 2
                """;
        SandboxResult r = runner().run(python(src, List.of(VISIBLE), List.of(HIDDEN_1, HIDDEN_2)));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases());
        assertEquals(List.of("visible", "hidden_1", "hidden_2"), r.cases().stream().map(CaseResult::name).toList());
        assertArrayEquals(new double[] {9876.54321 * 2, 4}, ((NdArray) r.cases().get(1).value()).toDoubles());
        assertTrue(r.stdout().contains("stdout 1234.5678"), r.stdout());
        assertTrue(r.stderr().contains("stderr 1234.5678") && r.stderr().contains("raw 1234.567800"), r.stderr());
        assertFalse(r.stderr().contains("tensorjudge-phase-end"), "the phase marker is not shown: " + r.stderr());
        assertNoHiddenValue(r);
    }

    @Test
    void shouldNeverShowWhatABackgroundThreadPrintsOnceHiddenInputsArrived() {
        // The thread prints every input it can reach, again and again, to stdout, stderr and copies of their fds
        // taken before the harness could redirect them (a few hundred times each, to stay under the output caps).
        // The hidden cases give it time, then one raises with its input, the other forges an end-of-phase frame
        // with its input on the result channel and exits with a status made from it.
        String src = """
                import os, sys, stat, struct, threading, time
                out, err = os.dup(1), os.dup(2)
                seen = []
                def spam():
                    printed = {}
                    while True:
                        for x in list(seen):
                            if printed.get(id(x), 0) < 200:
                                printed[id(x)] = printed.get(id(x), 0) + 1
                                s = 'leak %r\\n' % (x.tolist(),)
                                for write in (sys.stdout.write, sys.stderr.write, lambda t: os.write(out, t.encode()),
                                              lambda t: os.write(err, t.encode())):
                                    try:
                                        write(s)
                                    except Exception:
                                        pass
                        time.sleep(0.0005)
                threading.Thread(target=spam, daemon=True).start()
                def f(x):
                    seen.append(x)
                    time.sleep(0.05 if x[0] < 4000 else 0.2)
                    if x[0] > 5000:
                        raise ValueError('hidden input %r' % (x.tolist(),))
                    if x[0] > 4000:
                        msg = ('forged %r' % (x.tolist(),)).encode()
                        for fd in range(3, 32):
                            try:
                                if fd != err and stat.S_ISFIFO(os.fstat(fd).st_mode):
                                    os.write(fd, b'P' + struct.pack('<I', len(msg)) + msg + b'\\x00')
                            except OSError:
                                pass
                        os._exit(int(x[0]) % 256)
                    return x
                """;
        for (int round = 0; round < 3; round++) {
            SandboxResult r = runner().run(python(src, List.of(VISIBLE), List.of(HIDDEN_1, HIDDEN_2)));

            assertEquals(Outcome.RUNTIME_ERROR, r.outcome(), r.message() + r.cases());
            assertEquals(Outcome.OK, r.cases().get(0).outcome());
            assertEquals(Outcome.RUNTIME_ERROR, r.cases().get(1).outcome(), "the exception is reported");
            assertEquals(Outcome.RUNTIME_ERROR, r.cases().get(2).outcome(), "so is the exit");
            assertTrue(r.stdout().contains("leak [1234.5678, 1.0]") || r.stderr().contains("leak [1234.5678"),
                    "the visible phase's output is kept: " + r.stdout() + r.stderr());
            assertNoHiddenValue(r);
        }
    }

    @Test
    void shouldStillRunTheHiddenCasesWhenAVisibleCaseKillsTheProcess() {
        String src = """
                import time
                def f(x):
                    if x[0] == 1234.5678:
                        while True:
                            pass
                    return x + 1
                """;
        SandboxResult r = runner().run(python(src, List.of(VISIBLE), List.of(HIDDEN_1, HIDDEN_2)));

        assertEquals(Outcome.TIME_LIMIT, r.cases().get(0).outcome());
        assertEquals(Outcome.OK, r.cases().get(1).outcome(), r.cases().toString());
        assertEquals(Outcome.OK, r.cases().get(2).outcome());
        assertArrayEquals(new double[] {4243.4242, 4}, ((NdArray) r.cases().get(2).value()).toDoubles());
        assertEquals(Outcome.TIME_LIMIT, r.outcome());
    }

    @Test
    void shouldGiveTheHiddenPhaseItsOwnTimeAndMarkTheRestWhenItDies() {
        String src = """
                def f(x):
                    if x[0] > 9000:
                        while True:
                            pass
                    return x
                """;
        SandboxResult r = runner().run(python(src, List.of(VISIBLE), List.of(HIDDEN_1, HIDDEN_2)));

        assertEquals(Outcome.TIME_LIMIT, r.outcome());
        assertEquals(Outcome.OK, r.cases().get(0).outcome());
        assertEquals(Outcome.TIME_LIMIT, r.cases().get(1).outcome());
        assertEquals(Outcome.TIME_LIMIT, r.cases().get(2).outcome());
        assertTrue(r.cases().get(2).error().startsWith("not run"), r.cases().get(2).error());
    }

    @Test
    void shouldNotSendHiddenInputsWhenTheCodeDoesNotLoad() {
        String src = "import sys\nprint('loading')\ndef f(x) return x\n";
        SandboxResult r = runner().run(python(src, List.of(VISIBLE), List.of(HIDDEN_1)));

        assertEquals(Outcome.COMPILE_ERROR, r.outcome());
        assertEquals(2, r.cases().size());
        assertTrue(r.cases().get(1).error().contains("SyntaxError"), r.cases().get(1).error());
    }

    @Test
    void shouldReportArgumentsChangedInPlace() {
        String src = """
                import numpy as np
                def f(x, params, n):
                    if x[1] == 2.0:
                        x *= 2
                        params['W'] = np.zeros(1)
                    return float(n)
                """;
        java.util.LinkedHashMap<String, Value> params = new java.util.LinkedHashMap<>();
        params.put("W", NdArray.ofDoubles(new double[] {5}, 1));
        SandboxCase untouched = call("untouched", NdArray.ofDoubles(new double[] {1, 1}, 2), new DictValue(params),
                new IntValue(3));
        SandboxCase changed = call("changed", NdArray.ofDoubles(new double[] {1, 2}, 2), new DictValue(params),
                new IntValue(3));
        SandboxResult r = runner().run(python(src, List.of(untouched), List.of(changed)));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases());
        assertTrue(r.cases().get(0).modifiedArguments().isEmpty(), r.cases().get(0).toString());
        CaseResult c = r.cases().get(1);
        assertEquals(List.of(0, 1), c.modifiedArguments().keySet().stream().sorted().toList());
        assertArrayEquals(new double[] {2, 4}, ((NdArray) c.modifiedArguments().get(0)).toDoubles());
        Value w = ((DictValue) c.modifiedArguments().get(1)).entries().get("W");
        assertArrayEquals(new double[] {0}, ((NdArray) w).toDoubles());
    }

    @Test
    void shouldRunJavaInTwoPhasesAndReportChangedArguments() {
        String src = """
                import org.nd4j.linalg.api.ndarray.INDArray;
                public class Solution {
                    public static INDArray f(INDArray x) {
                        System.out.println("out " + x.getDouble(0));
                        System.err.println("err " + x.getDouble(0));
                        if (x.getDouble(0) > 9000) {
                            x.muli(2);
                            return x;
                        }
                        if (x.getDouble(0) > 4000) {
                            throw new IllegalStateException("hidden " + x.getDouble(0));
                        }
                        return x.add(1);
                    }
                }
                """;
        SandboxResult r = runner().run(java(src, List.of(VISIBLE), List.of(HIDDEN_1, HIDDEN_2)));

        assertEquals(Outcome.RUNTIME_ERROR, r.outcome(), r.message() + r.cases() + r.stderr());
        assertEquals(Outcome.OK, r.cases().get(0).outcome());
        assertTrue(r.cases().get(0).modifiedArguments().isEmpty());
        assertEquals(Outcome.OK, r.cases().get(1).outcome());
        assertNotNull(r.cases().get(1).modifiedArguments().get(0), r.cases().get(1).toString());
        assertEquals(Outcome.RUNTIME_ERROR, r.cases().get(2).outcome());
        assertTrue(r.stdout().contains("out 1234.5678"), r.stdout());
        assertTrue(r.stderr().contains("err 1234.5678"), r.stderr());
        assertNoHiddenValue(r);
    }
}

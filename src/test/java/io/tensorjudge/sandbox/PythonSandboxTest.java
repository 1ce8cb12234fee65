package io.tensorjudge.sandbox;

import io.tensorjudge.sandbox.jail.Jail;
import io.tensorjudge.wire.BoolValue;
import io.tensorjudge.wire.DType;
import io.tensorjudge.wire.DictValue;
import io.tensorjudge.wire.FloatValue;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.ListValue;
import io.tensorjudge.wire.NdArray;
import io.tensorjudge.wire.NoneValue;
import io.tensorjudge.wire.TupleValue;
import io.tensorjudge.wire.Value;

import io.tensorjudge.common.Language;
import static io.tensorjudge.sandbox.TestSandbox.call;
import static io.tensorjudge.sandbox.TestSandbox.matrix;
import static io.tensorjudge.sandbox.TestSandbox.python;
import static io.tensorjudge.sandbox.TestSandbox.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("sandbox")
class PythonSandboxTest {

    private static final String SOFTMAX = """
            import numpy as np
            def softmax(x, axis=-1):
                e = np.exp(x - x.max(axis=axis, keepdims=True))
                return e / e.sum(axis=axis, keepdims=True)
            """;

    @Test
    void shouldForkPythonJobsAsRootAndStartABwrapEachOtherwise() {
        // the fork server is the default; without root no job could get a uid of its own, so it is not started
        BwrapSandboxRunner r = runner();
        boolean root = Jail.runningAsRoot();
        assertEquals(root, r.forkServerInUse());
        assertEquals(root ? "fork-server" : "bwrap", r.runnerFor(Language.PYTHON));
        assertEquals("bwrap", r.runnerFor(Language.JAVA));
    }

    @Test
    void shouldReturnArraysComputedByTheSubmission() {
        SandboxResult r = runner().run(python(SOFTMAX, "softmax",
                call("rows", matrix(new double[][] {{1, 2, 3}, {0, 0, 0}}), new IntValue(-1))));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.stderr());
        NdArray out = (NdArray) r.cases().get(0).value();
        assertEquals(DType.FLOAT64, out.dtype());
        assertArrayEquals(new long[] {2, 3}, out.shape());
        double[] v = out.toDoubles();
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.exp(1) / z, v[0], 1e-12);
        assertEquals(1.0 / 3, v[4], 1e-12);
    }

    @Test
    void shouldPassEveryArgumentKindAndReturnEveryResultKind() {
        String src = """
                import numpy as np
                def f(x, labels, mask, n, lr, flag, nothing, grads, params):
                    assert x.dtype == np.float64 and labels.dtype == np.int64 and mask.dtype == np.bool_
                    assert type(n) is int and type(lr) is float and flag is True and nothing is None
                    assert isinstance(grads, list) and isinstance(params, dict)
                    clipped = [g * 2 for g in grads]
                    return (x[mask], {'W': params['W'] + n}, clipped, float(lr * 2), np.float64(0.5), labels.astype(np.int32),
                            np.array(3.0), x.astype(np.float32), None, True, 7)
                """;
        LinkedHashMap<String, Value> params = new LinkedHashMap<>();
        params.put("W", NdArray.ofDoubles(new double[] {1, 2}, 2));
        SandboxResult r = runner().run(python(src, "f", call("all",
                NdArray.ofDoubles(new double[] {1, 2, 3}, 3), NdArray.ofLongs(new long[] {0, 2}, 2),
                NdArray.ofBooleans(new boolean[] {true, false, true}, 3), new IntValue(10), new FloatValue(0.25),
                new BoolValue(true), NoneValue.INSTANCE,
                new ListValue(List.of(NdArray.ofDoubles(new double[] {1}, 1))), new DictValue(params))));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases());
        List<Value> t = ((TupleValue) r.cases().get(0).value()).items();
        assertArrayEquals(new double[] {1, 3}, ((NdArray) t.get(0)).toDoubles());
        assertArrayEquals(new double[] {11, 12},
                ((NdArray) ((DictValue) t.get(1)).entries().get("W")).toDoubles());
        assertArrayEquals(new double[] {2}, ((NdArray) ((ListValue) t.get(2)).items().get(0)).toDoubles());
        assertEquals(new FloatValue(0.5), t.get(3));
        assertEquals(new FloatValue(0.5), t.get(4), "np.float64 is a float");
        assertEquals(DType.INT32, ((NdArray) t.get(5)).dtype());
        assertEquals(0, ((NdArray) t.get(6)).shape().length, "0-d arrays keep their rank");
        assertEquals(DType.FLOAT32, ((NdArray) t.get(7)).dtype());
        assertEquals(NoneValue.INSTANCE, t.get(8));
        assertEquals(new BoolValue(true), t.get(9));
        assertEquals(new IntValue(7), t.get(10));
    }

    @Test
    void shouldReportAFailingCaseAloneWithOnlyTheSubmissionsFrames() {
        String src = """
                def helper(v):
                    return 1 / v

                def f(v):
                    return helper(v)
                """;
        SandboxResult r = runner().run(python(src, "f", call("one", new FloatValue(2)), call("zero", new FloatValue(0)),
                call("four", new FloatValue(4))));

        assertEquals(Outcome.RUNTIME_ERROR, r.outcome());
        assertEquals(new FloatValue(0.5), r.cases().get(0).value());
        CaseResult failed = r.cases().get(1);
        assertEquals(Outcome.RUNTIME_ERROR, failed.outcome());
        assertNull(failed.value());
        assertTrue(failed.error().contains("ZeroDivisionError"), failed.error());
        assertTrue(failed.error().contains("solution.py\", line 2, in helper"), failed.error());
        assertFalse(failed.error().contains("harness"), failed.error());
        assertEquals(new FloatValue(0.25), r.cases().get(2).value());
    }

    @Test
    void shouldReportCompileErrorsWithTheirLine() {
        SandboxResult r = runner().run(python("def f(x):\n    return (x\n", "f", call("c")));
        assertEquals(Outcome.COMPILE_ERROR, r.outcome());
        assertTrue(r.cases().get(0).error().contains("line 2"), r.cases().get(0).error());

        SandboxResult missing = runner().run(python("def g(x):\n    return x\n", "f", call("c")));
        assertEquals(Outcome.COMPILE_ERROR, missing.outcome());
        assertTrue(missing.message().contains("'f'"), missing.message());
    }

    @Test
    void shouldTreatAnExceptionAtModuleLevelAsARuntimeErrorOfEveryCase() {
        SandboxResult r = runner().run(python("x = 1 / 0\ndef f():\n    return 1.0\n", "f", call("a"), call("b")));
        assertEquals(Outcome.RUNTIME_ERROR, r.outcome());
        assertEquals(2, r.cases().size());
        assertTrue(r.cases().get(1).error().contains("ZeroDivisionError"));
    }

    @Test
    void shouldKeepPrintedOutputAndRefuseUnsupportedReturnTypes() {
        SandboxResult r = runner().run(python("import numpy as np\ndef f():\n    print('hello')\n"
                + "    return np.array([1j])\n", "f", call("c")));
        assertEquals(Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.cases().get(0).error().contains("unsupported array dtype complex128"), r.cases().get(0).error());
        assertEquals("hello\n", r.stdout());
    }

    @Test
    void shouldStopAtTheWallTimeAndMarkTheRemainingCases() {
        String src = "import time\ndef f(s):\n    time.sleep(s)\n    return s\n";
        SandboxJob job = new SandboxJob(Language.PYTHON, src, "f", List.of(call("quick", new FloatValue(0)),
                call("slow", new FloatValue(30)), call("after", new FloatValue(0))),
                runner().defaultLimits(Language.PYTHON).withWallTime(Duration.ofMillis(1500)));
        long start = System.nanoTime();
        SandboxResult r = runner().run(job);

        assertTrue((System.nanoTime() - start) / 1e9 < 5, "the wall limit must be enforced promptly");
        assertEquals(Outcome.TIME_LIMIT, r.outcome());
        assertEquals(Outcome.OK, r.cases().get(0).outcome());
        assertEquals(Outcome.TIME_LIMIT, r.cases().get(1).outcome());
        assertEquals(Outcome.TIME_LIMIT, r.cases().get(2).outcome());
        assertTrue(r.cases().get(2).error().startsWith("not run"));
    }

    @Test
    void shouldNeverShareAWorkerBetweenSubmissions() {
        String polluter = "import builtins, numpy as np\ndef f():\n    builtins.leak = 1\n    np.exp = lambda v: v * 0\n"
                + "    return 1.0\n";
        String victim = "import builtins, numpy as np\ndef f():\n    return (hasattr(builtins, 'leak'), float(np.exp(0.0)))\n";
        for (int i = 0; i < 3; i++) {
            assertEquals(Outcome.OK, runner().run(python(polluter, "f", call("p"))).outcome());
            SandboxResult r = runner().run(python(victim, "f", call("v")));
            assertEquals(new TupleValue(List.of(new BoolValue(false), new FloatValue(1.0))), r.cases().get(0).value());
        }
    }

    /** Every jail is built with the defaults: a job may lower its memory (the harness lowers RLIMIT_AS)... */
    @Test
    void shouldLowerTheAddressSpaceLimitWhenAJobAsksForLessMemory() {
        SandboxLimits small = runner().defaultLimits(Language.PYTHON).withMemoryBytes(384L << 20);
        SandboxJob job = new SandboxJob(Language.PYTHON, "import resource\ndef f():\n"
                + "    return resource.getrlimit(resource.RLIMIT_AS)[0]\n", "f", List.of(call("c")), small);
        SandboxResult r = runner().run(job);
        assertThat(r.cases().get(0).value()).isEqualTo(new IntValue(384L << 20));
    }

    /** ...but never raise it, nor change what only the jail enforces (there is no cold jail with other limits). */
    @Test
    void shouldRefuseAJobWhenItAsksForMoreThanTheJailEnforces() {
        SandboxLimits defaults = runner().defaultLimits(Language.PYTHON);
        for (SandboxLimits beyond : List.of(defaults.withMemoryBytes(defaults.memoryBytes() + (256L << 20)),
                defaults.withCpuTime(defaults.cpuTime().plusSeconds(1)))) {
            SandboxResult r = runner().run(new SandboxJob(Language.PYTHON, "def f():\n    return 1.0\n", "f",
                    List.of(call("c")), beyond));
            assertThat(r.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
            assertThat(r.message()).contains("beyond what the jail of PYTHON enforces");
        }
    }

    @Test
    void shouldImportDeferredNumpySubpackagesOnFirstUseEvenFromSeveralThreadsAtOnce() {
        // numpy.random/ma/polynomial/fft are stand-ins until first touched (cheaper warm workers); they must behave.
        String src = """
                import threading
                import numpy as np
                import numpy.random as npr
                from numpy.fft import fft
                def f(x):
                    out = {}
                    def use(key, call):
                        out[key] = call()
                    threads = [threading.Thread(target=use, args=(k, c)) for k, c in [
                        ('rng', lambda: float(npr.default_rng(0).normal())),
                        ('ma', lambda: float(np.ma.masked_array(x, mask=[False, True]).sum())),
                        ('poly', lambda: float(np.polynomial.Polynomial([1, 2])(3))),
                        ('fft', lambda: float(fft(x)[0].real)),
                        ('rand', lambda: float(np.random.rand(1)[0] < 1))]]
                    for t in threads:
                        t.start()
                    for t in threads:
                        t.join()
                    return out
                """;
        SandboxResult r = runner().run(python(src, "f", call("c", NdArray.ofDoubles(new double[] {1, 2}, 2))));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases());
        var d = ((DictValue) r.cases().get(0).value()).entries();
        assertEquals(new FloatValue(1.0), d.get("ma"));
        assertEquals(new FloatValue(7.0), d.get("poly"));
        assertEquals(new FloatValue(3.0), d.get("fft"));
        assertEquals(new FloatValue(1.0), d.get("rand"));
        assertEquals(5, d.size(), d.toString());
    }
}

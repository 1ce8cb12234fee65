package io.tensorjudge.sandbox;

import io.tensorjudge.wire.ListValue;
import io.tensorjudge.wire.Value;
import io.tensorjudge.wire.WireFormat;

import io.tensorjudge.common.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The host's decoder bounds what a job's results cost in the server's heap, not only on the wire: a result that is
 * small per byte but huge once decoded (millions of booleans, dict entries) is refused quickly and cheaply.
 */
class ResultLimitTest {
    private static final long MB = 1 << 20;
    private final SandboxLimits limits = defaults();

    /** The configured defaults (max-result-mb), as every grading gets them. */
    private static SandboxLimits defaults() {
        try (BwrapSandboxRunner r = new BwrapSandboxRunner(TestSandbox.config(Map.of(
                "tensorjudge.sandbox.enabled", "false")))) {
            return r.defaultLimits(Language.PYTHON);
        }
    }

    @Test
    void shouldRefuseThirtyMillionBooleansFastAndWithLittleHeap() throws Exception {
        assertRefusedCheaply("30M-element bool list", frames("L", 30_000_000, i -> new byte[] {'B', 1}));
    }

    @Test
    void shouldRefuseThirtyMillionBooleansInChunksThatEachFit() throws Exception {
        // 30,000 lists of 1,000: every declared count fits the budget; the running count stops it
        byte[] chunk = frames("L", 1000, i -> new byte[] {'B', 1}).readAllBytes();
        assertRefusedCheaply("30k x 1000 bool lists", frames("L", 30_000, i -> chunk));
    }

    @Test
    void shouldRefuseAThreeMillionEntryDictFastAndWithLittleHeap() throws Exception {
        assertRefusedCheaply("3M-entry dict", frames("D", 3_000_000, ResultLimitTest::entry));
    }

    @Test
    void shouldRefuseThreeMillionDictEntriesInChunksThatEachFit() throws Exception {
        byte[] chunk = frames("D", 1000, ResultLimitTest::entry).readAllBytes();
        assertRefusedCheaply("3000 x 1000-entry dicts", frames("L", 3000, i -> chunk));
    }

    @Test
    void shouldRefuseNestingBeyondTheDepthCap() {
        byte[] deep = new byte[40 * 5 + 1];
        for (int i = 0; i < 40; i++) {
            deep[i * 5] = 'L';
            deep[i * 5 + 1] = 1;
        }
        deep[200] = 'N';
        assertThrows(WireFormat.ResultLimitException.class, () -> reader(new ByteArrayInputStream(deep)).value(MB));
    }

    @Test
    void shouldCountValuesOverTheWholeJobNotPerCase() throws Exception {
        long cap = limits.maxResultValues();
        // two results of one job, each half the budget: together (plus the two lists) they exceed it
        WireFormat.Reader r = reader(new java.io.SequenceInputStream(frames("L", (int) (cap / 2), i -> new byte[] {'N'}),
                frames("L", (int) (cap / 2), i -> new byte[] {'N'})));
        r.value(MB);
        assertThrows(WireFormat.ResultLimitException.class, () -> r.value(MB));
    }

    @Test
    void shouldDecodeAResultOfTheLargestExercisesSize() throws Exception {
        // the biggest grading measured (docs/benchmarks.md, "Result sizes") has far fewer values than the cap
        Value v = reader(frames("L", 20_000, i -> new byte[] {'F', 0, 0, 0, 0, 0, 0, (byte) 0xf0, 0x3f})).value(MB);
        assertEquals(20_000, ((ListValue) v).items().size());
    }

    /** Through a real sandbox: what the harness refuses itself, and frames forged past it onto the channel. */
    @org.junit.jupiter.api.Tag("sandbox")
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "return [True] * 30_000_000",
        "return dict.fromkeys(map(str, range(3_000_000)), True)",
        "forge(b'L' + struct.pack('<I', 30_000_000), b'B\\x01' * 1_000_000, 60)",
        "forge(b'L' + struct.pack('<I', 30_000), (b'L' + struct.pack('<I', 1000) + b'B\\x01' * 1000) * 1000, 30)",
        "forge(b'D' + struct.pack('<I', 3_000_000), b''.join(struct.pack('<I', 7) + b'k%06d' % i + b'B\\x01' for i in range(100_000)), 30)"})
    void shouldEndAJobWithAHugeResultInOutputLimit(String body) throws Exception {
        String source = """
                import os, struct
                def forge(head, chunk, times):
                    # a tampered harness: a 'K' frame for this case written straight onto the result channel
                    frame = b'K' + struct.pack('<I', 2) + b'c1' + struct.pack('<BQ', 0, 0) + head
                    for fd in range(3, 64):
                        try:
                            if not os.readlink('/proc/self/fd/%d' % fd).startswith(('pipe:', 'socket:')):  # socket: fork server
                                continue
                            os.write(fd, frame)
                        except OSError:
                            continue
                        for _ in range(times):
                            os.write(fd, chunk)
                    return 1.0
                def f():
                    BODY
                """.replace("BODY", body);
        BwrapSandboxRunner runner = TestSandbox.runner();
        // building 3 million entries takes the candidate a few seconds on a busy machine: that is not under test
        SandboxJob job = new SandboxJob(Language.PYTHON, source, "f", List.of(TestSandbox.call("c1")),
                runner.defaultLimits(Language.PYTHON).withWallTime(java.time.Duration.ofSeconds(20)));
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();

        SandboxResult r = runner.run(job);

        long millis = (System.nanoTime() - start) / 1_000_000;
        long growth = memory.getHeapMemoryUsage().getUsed() - before;
        System.out.printf("%s: %s in %d ms, heap +%.1f MB: %s%n", body, r.outcome(), millis, growth / 1e6, r.message());
        assertEquals(Outcome.OUTPUT_LIMIT, r.outcome(), r.message() + r.cases() + r.stderr());
        assertTrue(growth < 100 * MB, "heap grew by " + growth / MB + " MB");
    }

    private void assertRefusedCheaply(String what, InputStream stream) throws Exception {
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heap.add(p);
            }
        }
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();

        WireFormat.ResultLimitException e = assertThrows(WireFormat.ResultLimitException.class,
                () -> reader(stream).value(limits.maxResultBytes()));

        long millis = (System.nanoTime() - start) / 1_000_000;
        // the sum of the pools' peaks over-estimates the peak of their sum: a conservative bound
        long growth = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before;
        System.out.printf("%s: refused in %d ms, heap growth <= %.1f MB (%s)%n", what, millis, growth / 1e6,
                e.getMessage());
        assertTrue(millis < 1000, what + " took " + millis + " ms");
        assertTrue(growth < 100 * MB, what + " grew the heap by " + growth / MB + " MB");
    }

    private WireFormat.Reader reader(InputStream in) {
        return new WireFormat.Reader(in, limits.maxResultBytes(), limits.maxResultValues());
    }

    private static byte[] entry(int i) {
        byte[] key = ("k" + i).getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + key.length + 2).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(key.length).put(key).put((byte) 'B').put((byte) 1);
        return b.array();
    }

    /** tag, u32 n, then n items made on demand: a stream of any length without holding it in memory. */
    private static InputStream frames(String tag, int n, IntFunction<byte[]> item) {
        ByteBuffer head = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) tag.charAt(0)).putInt(n);
        return new InputStream() {
            private byte[] current = head.array();
            private int pos;
            private int next;

            @Override
            public int read() {
                while (pos == current.length) {
                    if (next == n) {
                        return -1;
                    }
                    current = item.apply(next++);
                    pos = 0;
                }
                return current[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                int i = 1;
                while (i < len && pos < current.length) {
                    b[off + i++] = current[pos++];
                }
                return i;
            }
        };
    }
}

package io.tensorjudge.wire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte protocol between the host and the harness inside the sandbox (little-endian). A job has two phases: the
 * visible cases, then, only after the host has the candidate's output of the first phase and has stopped keeping
 * anything it writes, the hidden cases.
 *
 * <pre>
 * sandbox -> host (fd 1):  'R'                                  worker is warm and waits for a job
 * host -> sandbox (stdin): i64 cpuSeconds, i64 memoryBytes, i64 stdoutCap, i64 resultCap, str marker, str source,
 *                          str entry, batch (the visible cases)
 * sandbox -> host:         'C' u8 status str message            0 loaded, 1 compile error, 2 module raised
 *                          'K' case, one per visible case, in order (none when the module did not load)
 *                          'P' u32 n bytes[n] u8 truncated      end of phase 1: the candidate's stdout so far;
 *                                                               `marker` was written to stderr just before
 * host -> sandbox:         batch (the hidden cases; may be empty), then stdin is closed; nothing if not loaded
 * sandbox -> host:         'K' case, one per hidden case, in order
 *                          'Z' u64 cpuMicros u64 peakBytes      end of job
 * batch = u32 n, n x (str name, value args)
 * case  = str name u8 code u64 micros (code 0: value u32 m, m x (u32 argIndex value after) | else: str error)
 *         the m pairs are the arguments the call changed in place
 * str   = u32 length + UTF-8 bytes
 * value = 'N' | 'B' u8 | 'I' i64 | 'F' f64 | 'A' u32 n npy[n] | 'L'/'T' u32 n value* | 'D' u32 n (str value)*
 * </pre>
 * The reader counts what it decodes for the whole job, not only bytes: at most the job's {@code maxResultValues}
 * values (a container, a scalar, an array and a dict key count one each; a declared count beyond what is left is
 * refused before anything is read) and {@value #MAX_DEPTH} levels of nesting. Past that: {@link ResultLimitException}.
 */
public final class WireFormat {
    public static final int CASE_OK = 0;
    public static final int CASE_ERROR = 1;
    public static final int CASE_MEMORY = 2;
    public static final int CASE_OUTPUT = 3;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_STRING = 1 << 20;
    /** Shared instances: a decoded list of booleans costs its slots, not an object per element. */
    private static final BoolValue TRUE = new BoolValue(true);
    private static final BoolValue FALSE = new BoolValue(false);

    private WireFormat() {
    }

    /** One call of the candidate's function: a name (for reporting) and its positional arguments. */
    public record Call(String name, List<Value> args) {
    }

    /** What the harness needs before the first case: limits it enforces itself, the phase marker, the code. */
    public record Header(long cpuSeconds, long memoryBytes, long stdoutCap, long resultCap, String marker,
            String source, String entry) {
    }

    /** The job's header and its visible cases (phase 1). */
    public static byte[] encodeJob(Header h, List<Call> visible) {
        Out out = new Out();
        out.i64(h.cpuSeconds());
        out.i64(h.memoryBytes());
        out.i64(h.stdoutCap());
        out.i64(h.resultCap());
        out.str(h.marker());
        out.str(h.source());
        out.str(h.entry());
        out.batch(visible);
        return out.toByteArray();
    }

    /** A batch of cases: the hidden ones in phase 2. */
    public static byte[] encodeBatch(List<Call> cases) {
        Out out = new Out();
        out.batch(cases);
        return out.toByteArray();
    }

    public static byte[] encodeValue(Value v) {
        Out out = new Out();
        out.value(v);
        return out.toByteArray();
    }

    /** A job's results decode to more values than its cap (OUTPUT_LIMIT, not a protocol error). */
    public static final class ResultLimitException extends Exception {
        ResultLimitException(String message) {
            super(message);
        }
    }

    /** Reads the sandbox's frames; every length is checked before anything is allocated. */
    public static final class Reader {
        private final DataInputStream in;
        private final long maxElements;
        private final long maxValues;
        private long valuesLeft;

        /** {@code maxValues}: decoded values allowed over all of this reader's {@link #value} calls (one job). */
        public Reader(InputStream in, long maxElements, long maxValues) {
            this.in = new DataInputStream(in);
            this.maxElements = maxElements;
            this.maxValues = maxValues;
            this.valuesLeft = maxValues;
        }

        private void take(long n) throws ResultLimitException {
            if (n > valuesLeft) {
                throw new ResultLimitException("the results have more than " + maxValues + " values");
            }
            valuesLeft -= n;
        }

        /** A container announces {@code n} values: refused at once when they cannot fit, before any is read. */
        private void declared(long n) throws ResultLimitException {
            if (n > valuesLeft) {
                throw new ResultLimitException("the results have more than " + maxValues + " values");
            }
        }

        /** Next frame tag, or -1 at a clean end of stream. */
        public int tag() throws IOException {
            return in.read();
        }

        public int u8() throws IOException {
            return in.readUnsignedByte();
        }

        public long u64() throws IOException {
            return Long.reverseBytes(in.readLong());
        }

        public long u32() throws IOException {
            return Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
        }

        public byte[] bytes(long max) throws IOException, WireException {
            long n = u32();
            if (n > max) {
                throw new WireException("field of " + n + " bytes exceeds " + max);
            }
            byte[] b = new byte[(int) n];
            in.readFully(b);
            return b;
        }

        public String str() throws IOException, WireException {
            return new String(bytes(MAX_STRING), StandardCharsets.UTF_8);
        }

        public Value value(long maxArrayBytes) throws IOException, WireException, ResultLimitException {
            return value(maxArrayBytes, 0);
        }

        private Value value(long maxArrayBytes, int depth) throws IOException, WireException, ResultLimitException {
            if (depth > MAX_DEPTH) {
                throw new ResultLimitException("the results are nested deeper than " + MAX_DEPTH + " levels");
            }
            take(1);
            int tag = in.read();
            switch (tag) {
                case 'N':
                    return NoneValue.INSTANCE;
                case 'B':
                    return u8() != 0 ? TRUE : FALSE;
                case 'I':
                    return new IntValue(u64());
                case 'F':
                    return new FloatValue(Double.longBitsToDouble(u64()));
                case 'A':
                    return Npy.read(bytes(maxArrayBytes + 4096), maxElements);
                case 'L':
                case 'T': {
                    long n = u32();
                    declared(n); // each item is counted as it is decoded
                    List<Value> items = new ArrayList<>((int) Math.min(n, 1024));
                    for (long i = 0; i < n; i++) {
                        items.add(value(maxArrayBytes, depth + 1));
                    }
                    return tag == 'L' ? new ListValue(items) : new TupleValue(items);
                }
                case 'D': {
                    long n = u32();
                    declared(2 * n); // a key and a value per entry, counted as decoded
                    LinkedHashMap<String, Value> map = new LinkedHashMap<>();
                    for (long i = 0; i < n; i++) {
                        take(1);
                        String k = str();
                        map.put(k, value(maxArrayBytes, depth + 1));
                    }
                    return new DictValue(map);
                }
                case -1:
                    throw new EOFException();
                default:
                    throw new WireException("unknown value tag " + tag);
            }
        }
    }

    private static final class Out extends ByteArrayOutputStream {
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        void u32(long v) {
            scratch.clear();
            scratch.putInt((int) v);
            write(scratch.array(), 0, 4);
        }

        void i64(long v) {
            scratch.clear();
            scratch.putLong(v);
            write(scratch.array(), 0, 8);
        }

        void str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u32(b.length);
            write(b, 0, b.length);
        }

        void batch(List<Call> cases) {
            u32(cases.size());
            for (Call c : cases) {
                str(c.name());
                value(new ListValue(c.args()));
            }
        }

        void value(Value v) {
            if (v instanceof NoneValue) {
                write('N');
            } else if (v instanceof BoolValue b) {
                write('B');
                write(b.value() ? 1 : 0);
            } else if (v instanceof IntValue i) {
                write('I');
                i64(i.value());
            } else if (v instanceof FloatValue f) {
                write('F');
                i64(Double.doubleToRawLongBits(f.value()));
            } else if (v instanceof NdArray a) {
                byte[] npy = Npy.write(a);
                write('A');
                u32(npy.length);
                write(npy, 0, npy.length);
            } else if (v instanceof ListValue l) {
                list('L', l.items());
            } else if (v instanceof TupleValue t) {
                list('T', t.items());
            } else if (v instanceof DictValue d) {
                write('D');
                u32(d.entries().size());
                for (Map.Entry<String, Value> e : d.entries().entrySet()) {
                    str(e.getKey());
                    value(e.getValue());
                }
            } else {
                throw new IllegalArgumentException("unknown value " + v);
            }
        }

        private void list(char tag, List<Value> items) {
            write(tag);
            u32(items.size());
            for (Value item : items) {
                value(item);
            }
        }
    }
}

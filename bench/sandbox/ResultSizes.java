// Result-size survey (not a test): for every exercise in exercises/, the encoded size and value count of one
// grading's correct results (visible + hidden cases, the reference's outputs), as the result channel carries them.
// Sets the default tensorjudge.sandbox.max-result-mb with margin; see docs/benchmarks.md ("Result sizes").
// Run (repository root, after mvn -o compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt):
//   java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/sandbox/ResultSizes.java

import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.grading.ReferenceCases;
import io.tensorjudge.grading.ValueCodec;
import io.tensorjudge.wire.DictValue;
import io.tensorjudge.wire.ListValue;
import io.tensorjudge.wire.NdArray;
import io.tensorjudge.wire.TupleValue;
import io.tensorjudge.wire.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

public class ResultSizes {
    public static void main(String[] args) {
        ReferenceCases reference = new ReferenceCases();
        long maxBytes = 0;
        long maxValues = 0;
        String maxBytesAt = "";
        String maxValuesAt = "";
        for (ExerciseCatalog.Entry e : new ExerciseCatalog(Path.of("exercises")).list()) {
            long bytes = 0;
            long values = 0;
            List<ReferenceCases.PreparedCase> cases = reference.of(e);
            for (ReferenceCases.PreparedCase c : cases) {
                Value v = ValueCodec.toValue(c.expected());
                bytes += encodedBytes(v);
                values += count(v);
            }
            System.out.printf("%-32s %3d cases %10d bytes %8d values%n", e.exercise().id(), cases.size(), bytes, values);
            if (bytes > maxBytes) {
                maxBytes = bytes;
                maxBytesAt = e.exercise().id();
            }
            if (values > maxValues) {
                maxValues = values;
                maxValuesAt = e.exercise().id();
            }
        }
        System.out.printf("largest: %d bytes (%s), %d values (%s)%n", maxBytes, maxBytesAt, maxValues, maxValuesAt);
    }

    /** Bytes on the wire (WireFormat): tag + payload; arrays as .npy with a header of at most 128 bytes. */
    static long encodedBytes(Value v) {
        if (v instanceof NdArray a) {
            return 1 + 4 + 128 + a.littleEndianCOrderData().length;
        } else if (v instanceof ListValue l) {
            return 5 + l.items().stream().mapToLong(ResultSizes::encodedBytes).sum();
        } else if (v instanceof TupleValue t) {
            return 5 + t.items().stream().mapToLong(ResultSizes::encodedBytes).sum();
        } else if (v instanceof DictValue d) {
            long n = 5;
            for (Map.Entry<String, Value> x : d.entries().entrySet()) {
                n += 4 + x.getKey().getBytes(StandardCharsets.UTF_8).length + encodedBytes(x.getValue());
            }
            return n;
        }
        return 9;
    }

    /** Decoded values as the host's decoder counts them: one per value, one per dict key. */
    static long count(Value v) {
        if (v instanceof ListValue l) {
            return 1 + l.items().stream().mapToLong(ResultSizes::count).sum();
        } else if (v instanceof TupleValue t) {
            return 1 + t.items().stream().mapToLong(ResultSizes::count).sum();
        } else if (v instanceof DictValue d) {
            return 1 + d.entries().size() + d.entries().values().stream().mapToLong(ResultSizes::count).sum();
        }
        return 1;
    }
}

package io.tensorjudge.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host-side parsers must survive anything the sandbox writes. */
class NpyTest {

    @Test
    void shouldRoundTripEveryAcceptedDtype() throws Exception {
        List<NdArray> arrays = List.of(
                NdArray.ofDoubles(new double[] {1.5, -2, Double.NaN, 1e300, 0, 7}, 2, 3),
                NdArray.ofFloats(new float[] {1.5f, 2}, 2),
                NdArray.ofLongs(new long[] {Long.MIN_VALUE, 3, 4}, 3),
                NdArray.ofInts(new int[] {7}, 1, 1),
                NdArray.ofBooleans(new boolean[] {true, false, true}, 3),
                NdArray.scalar(3.25),
                NdArray.ofDoubles(new double[0], 0, 4));
        for (NdArray a : arrays) {
            assertEquals(a, Npy.read(Npy.write(a), 1000), a.toString());
        }
    }

    @Test
    void shouldWriteHeadersNumpyCanRead() {
        byte[] npy = Npy.write(NdArray.ofDoubles(new double[] {1, 2, 3}, 3));
        String header = new String(npy, 10, npy.length - 10 - 24, StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"), header);
        assertEquals(0, (10 + header.length()) % 64, "header must be 64-byte aligned");
    }

    @Test
    void shouldRejectPickledObjectArrays() {
        byte[] npy = withHeader("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", new byte[8]);
        WireException e = assertThrows(WireException.class, () -> Npy.read(npy, 10));
        assertTrue(e.getMessage().contains("not accepted"));
    }

    @Test
    void shouldRejectFortranOrderBigEndianWrongLengthAndHugeShapes() {
        assertThrows(WireException.class, () -> Npy.read(
                withHeader("{'descr': '<f8', 'fortran_order': True, 'shape': (1,), }", new byte[8]), 10));
        assertThrows(WireException.class, () -> Npy.read(
                withHeader("{'descr': '>f8', 'fortran_order': False, 'shape': (1,), }", new byte[8]), 10));
        assertThrows(WireException.class, () -> Npy.read(
                withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", new byte[8]), 10));
        assertThrows(WireException.class, () -> Npy.read(
                withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (100000, 100000, 100000), }",
                        new byte[8]), 1000));
        assertThrows(WireException.class, () -> Npy.read(
                withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (9999999999999999999,), }",
                        new byte[8]), 1000));
        assertThrows(WireException.class, () -> Npy.read(new byte[] {1, 2, 3}, 10));
    }

    @Test
    void shouldRoundTripNestedValuesThroughTheWireReader() throws Exception {
        LinkedHashMap<String, Value> dict = new LinkedHashMap<>();
        dict.put("W1", NdArray.ofDoubles(new double[] {1, 2}, 2));
        dict.put("lr", new FloatValue(0.1));
        Value v = new TupleValue(List.of(new ListValue(List.of(NdArray.scalar(1), NoneValue.INSTANCE)),
                new DictValue(dict), new IntValue(-5), new BoolValue(true)));
        byte[] bytes = WireFormat.encodeValue(v);
        Value back = new WireFormat.Reader(new ByteArrayInputStream(bytes), 100, 100).value(1 << 20);
        assertEquals(v, back);
    }

    @Test
    void shouldRefuseOversizedFieldsBeforeAllocating() {
        byte[] claim = {'A', (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f};
        assertThrows(WireException.class,
                () -> new WireFormat.Reader(new ByteArrayInputStream(claim), 100, 100).value(1024));
    }

    @Test
    void shouldExposeArrayHelpers() {
        NdArray a = NdArray.ofLongs(new long[] {1, 2, 3}, 3);
        assertArrayEquals(new double[] {1, 2, 3}, a.toDoubles());
        assertArrayEquals(new long[] {1, 0}, NdArray.ofBooleans(new boolean[] {true, false}, 2).toLongs());
        assertThrows(IllegalArgumentException.class, () -> NdArray.ofDoubles(new double[] {1, 2}, 3));
    }

    private static byte[] withHeader(String dict, byte[] data) {
        String header = dict + " ".repeat(Math.max(0, 63 - (10 + dict.length()) % 64)) + "\n";
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + h.length + data.length];
        System.arraycopy(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length,
                (byte) (h.length >> 8)}, 0, out, 0, 10);
        System.arraycopy(h, 0, out, 10, h.length);
        System.arraycopy(data, 0, out, 10 + h.length, data.length);
        return out;
    }
}

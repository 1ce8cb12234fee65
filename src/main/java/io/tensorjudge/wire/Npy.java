package io.tensorjudge.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy {@code .npy} encoding of {@link NdArray}. The parser treats its input as hostile: only the whitelisted
 * dtypes, C order, bounded header and rank, exact data length, and never pickled objects.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int MAX_HEADER = 4096;
    private static final int MAX_RANK = 16;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']{1,8})'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([0-9,\\s]*)\\)");

    private Npy() {
    }

    public static byte[] write(NdArray a) {
        long[] dims = a.shape();
        String shape = dims.length == 1 ? "(" + dims[0] + ",)"
                : "(" + java.util.Arrays.stream(dims).mapToObj(Long::toString)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")";
        String dict = "{'descr': '" + a.dtype().npyDescr() + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        byte[] data = a.littleEndianCOrderData();
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + headerBytes.length + data.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) headerBytes.length).put(headerBytes).put(data);
        return out.array();
    }

    /** Parses an array, refusing anything unexpected or more than {@code maxElements} elements. */
    public static NdArray read(byte[] raw, long maxElements) throws WireException {
        ByteBuffer in = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (raw.length < 10) {
            throw new WireException("npy too short");
        }
        for (byte b : MAGIC) {
            if (in.get() != b) {
                throw new WireException("not an npy array");
            }
        }
        int major = in.get();
        in.get();
        long headerLen;
        if (major == 1) {
            headerLen = Short.toUnsignedInt(in.getShort());
        } else if (major == 2 || major == 3) {
            headerLen = Integer.toUnsignedLong(in.getInt());
        } else {
            throw new WireException("npy version " + major + " not supported");
        }
        if (headerLen > MAX_HEADER || headerLen > in.remaining()) {
            throw new WireException("npy header too long");
        }
        byte[] h = new byte[(int) headerLen];
        in.get(h);
        String header = new String(h, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shapeM = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shapeM.find()) {
            throw new WireException("npy header not understood");
        }
        DType dtype = DType.fromNpyDescr(descr.group(1))
                .orElseThrow(() -> new WireException("array dtype " + descr.group(1) + " not accepted"));
        if (!"False".equals(fortran.group(1))) {
            throw new WireException("Fortran-order arrays not accepted");
        }
        List<Long> dims = new ArrayList<>();
        for (String part : shapeM.group(1).split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() > 12) {
                throw new WireException("array dimension too large");
            }
            dims.add(Long.parseLong(p));
        }
        if (dims.size() > MAX_RANK) {
            throw new WireException("array rank " + dims.size() + " too large");
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        long n;
        try {
            n = NdArray.elementCount(shape);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new WireException("array shape overflows");
        }
        if (n > maxElements) {
            throw new WireException("array of " + n + " elements exceeds the limit of " + maxElements);
        }
        long bytes = n * dtype.itemSize();
        if (bytes != in.remaining()) {
            throw new WireException("array data has " + in.remaining() + " bytes, expected " + bytes);
        }
        byte[] data = new byte[(int) bytes];
        in.get(data);
        return new NdArray(dtype, shape, data);
    }
}

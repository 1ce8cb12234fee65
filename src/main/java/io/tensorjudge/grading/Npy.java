package io.tensorjudge.grading;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * NumPy .npy (format 1.0, C order, little endian) for the dtypes the contract uses: float64, float32, int64, int32 and
 * bool. Written here rather than through ND4J's helpers so that bool and 0-d arrays round-trip exactly and the bytes
 * do not depend on the backend.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    public static byte[] write(INDArray array) {
        String descr = switch (array.dataType()) {
            case DOUBLE -> "<f8";
            case FLOAT -> "<f4";
            case LONG -> "<i8";
            case INT -> "<i4";
            case BOOL -> "|b1";
            default -> throw new IllegalArgumentException("unsupported dtype " + array.dataType());
        };
        long[] shape = array.shape();
        StringBuilder dims = new StringBuilder();
        for (long d : shape) {
            dims.append(d).append(", ");
        }
        String shapeText = shape.length == 1 ? dims.toString().strip() : dims.length() == 0 ? "" : dims.substring(0, dims.length() - 2);
        String header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + shapeText + "), }";
        int total = MAGIC.length + 4 + header.length() + 1;
        int padding = (64 - total % 64) % 64;
        header = header + " ".repeat(padding) + "\n";
        INDArray c = array.dup('c');
        int n = (int) c.length();
        int itemSize = descr.endsWith("8") ? 8 : descr.endsWith("4") ? 4 : 1;
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + n * itemSize).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        out.put(header.getBytes(StandardCharsets.US_ASCII));
        switch (array.dataType()) {
            case DOUBLE -> { for (double v : c.data().asDouble()) { out.putDouble(v); } }
            case FLOAT -> { for (float v : c.data().asFloat()) { out.putFloat(v); } }
            case LONG -> { for (long v : c.data().asLong()) { out.putLong(v); } }
            case INT -> { for (int v : c.data().asInt()) { out.putInt(v); } }
            default -> { for (int i = 0; i < n; i++) { out.put((byte) (c.getDouble(i) != 0 ? 1 : 0)); } }
        }
        return out.array();
    }

    public static INDArray read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (byte b : MAGIC) {
            if (in.get() != b) {
                throw new IllegalArgumentException("not an .npy file");
            }
        }
        int major = in.get();
        in.get();
        int headerLength = major == 1 ? Short.toUnsignedInt(in.getShort()) : in.getInt();
        byte[] headerBytes = new byte[headerLength];
        in.get(headerBytes);
        String header = new String(headerBytes, StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header);
        if ("True".equals(group(FORTRAN, header))) {
            throw new IllegalArgumentException("Fortran-ordered .npy is not supported");
        }
        long[] shape = shape(group(SHAPE, header));
        int n = 1;
        for (long d : shape) {
            n = Math.multiplyExact(n, (int) d);
        }
        if (descr.startsWith(">")) {
            throw new IllegalArgumentException("big-endian .npy is not supported");
        }
        INDArray flat = switch (descr.replace("=", "<").replace("|", "<")) {
            case "<f8" -> { double[] v = new double[n]; for (int i = 0; i < n; i++) { v[i] = in.getDouble(); } yield Nd4j.createFromArray(v); }
            case "<f4" -> { float[] v = new float[n]; for (int i = 0; i < n; i++) { v[i] = in.getFloat(); } yield Nd4j.createFromArray(v); }
            case "<i8" -> { long[] v = new long[n]; for (int i = 0; i < n; i++) { v[i] = in.getLong(); } yield Nd4j.createFromArray(v); }
            case "<i4" -> { int[] v = new int[n]; for (int i = 0; i < n; i++) { v[i] = in.getInt(); } yield Nd4j.createFromArray(v); }
            case "<b1" -> { boolean[] v = new boolean[n]; for (int i = 0; i < n; i++) { v[i] = in.get() != 0; } yield Nd4j.createFromArray(v); }
            default -> throw new IllegalArgumentException("unsupported .npy dtype " + descr);
        };
        if (shape.length == 0) {
            return flat.reshape(new long[0]);
        }
        return n == 0 ? Nd4j.create(flat.dataType(), shape) : flat.reshape('c', shape);
    }

    private static String group(Pattern pattern, String header) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException("bad .npy header: " + header.strip());
        }
        return m.group(1);
    }

    private static long[] shape(String text) {
        List<Long> dims = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                dims.add(Long.parseLong(part.strip()));
            }
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }
}

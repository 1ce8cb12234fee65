package io.tensorjudge.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A dense array: element type, shape and the raw little-endian, C-order element bytes.
 * A 0-d array has shape {@code []} and one element.
 */
public record NdArray(DType dtype, long[] shape, byte[] littleEndianCOrderData) implements Value {

    public NdArray {
        shape = shape.clone();
        long n = elementCount(shape);
        if (n * dtype.itemSize() != littleEndianCOrderData.length) {
            throw new IllegalArgumentException("data has " + littleEndianCOrderData.length + " bytes, shape "
                    + Arrays.toString(shape) + " of " + dtype + " needs " + n * dtype.itemSize());
        }
    }

    /** Number of elements for a shape; throws on negative dimensions or overflow. */
    public static long elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension " + d);
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    public long size() {
        return elementCount(shape);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Element values converted to double (booleans as 0/1). */
    public double[] toDoubles() {
        ByteBuffer b = buffer();
        double[] out = new double[Math.toIntExact(size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (dtype) {
                case FLOAT64 -> b.getDouble();
                case FLOAT32 -> b.getFloat();
                case INT64 -> b.getLong();
                case INT32 -> b.getInt();
                case BOOL -> b.get() != 0 ? 1.0 : 0.0;
            };
        }
        return out;
    }

    /** Element values as longs; only for integer and boolean arrays. */
    public long[] toLongs() {
        if (dtype == DType.FLOAT64 || dtype == DType.FLOAT32) {
            throw new IllegalStateException("toLongs on a " + dtype + " array");
        }
        ByteBuffer b = buffer();
        long[] out = new long[Math.toIntExact(size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (dtype) {
                case INT64 -> b.getLong();
                case INT32 -> b.getInt();
                default -> b.get() != 0 ? 1 : 0;
            };
        }
        return out;
    }

    public static NdArray ofDoubles(double[] data, long... shape) {
        ByteBuffer b = allocate(data.length, 8);
        for (double d : data) {
            b.putDouble(d);
        }
        return new NdArray(DType.FLOAT64, shape, b.array());
    }

    public static NdArray ofFloats(float[] data, long... shape) {
        ByteBuffer b = allocate(data.length, 4);
        for (float d : data) {
            b.putFloat(d);
        }
        return new NdArray(DType.FLOAT32, shape, b.array());
    }

    public static NdArray ofLongs(long[] data, long... shape) {
        ByteBuffer b = allocate(data.length, 8);
        for (long d : data) {
            b.putLong(d);
        }
        return new NdArray(DType.INT64, shape, b.array());
    }

    public static NdArray ofInts(int[] data, long... shape) {
        ByteBuffer b = allocate(data.length, 4);
        for (int d : data) {
            b.putInt(d);
        }
        return new NdArray(DType.INT32, shape, b.array());
    }

    public static NdArray ofBooleans(boolean[] data, long... shape) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ? 1 : 0);
        }
        return new NdArray(DType.BOOL, shape, out);
    }

    /** A 0-d float64 array. */
    public static NdArray scalar(double v) {
        return ofDoubles(new double[] {v});
    }

    private ByteBuffer buffer() {
        return ByteBuffer.wrap(littleEndianCOrderData).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer allocate(int n, int itemSize) {
        return ByteBuffer.allocate(Math.multiplyExact(n, itemSize)).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NdArray other && dtype == other.dtype && Arrays.equals(shape, other.shape)
                && Arrays.equals(littleEndianCOrderData, other.littleEndianCOrderData);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dtype.hashCode() + Arrays.hashCode(shape)) + Arrays.hashCode(littleEndianCOrderData);
    }

    @Override
    public String toString() {
        return "NdArray[" + dtype + " " + Arrays.toString(shape) + "]";
    }
}

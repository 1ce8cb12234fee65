package io.tensorjudge.wire;

import java.util.Optional;

/** The array element types accepted across the boundary, with their NumPy {@code .npy} descriptors. */
public enum DType {
    FLOAT64("<f8", 8), FLOAT32("<f4", 4), INT64("<i8", 8), INT32("<i4", 4), BOOL("|b1", 1);

    private final String npyDescr;
    private final int itemSize;

    DType(String npyDescr, int itemSize) {
        this.npyDescr = npyDescr;
        this.itemSize = itemSize;
    }

    public String npyDescr() {
        return npyDescr;
    }

    public int itemSize() {
        return itemSize;
    }

    public static Optional<DType> fromNpyDescr(String descr) {
        for (DType t : values()) {
            if (t.npyDescr.equals(descr)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

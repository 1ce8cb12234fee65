package io.tensorjudge.sandbox;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A worker's stdout, the result channel: counts bytes and refuses past its cap, so a flood never reaches the heap. */
final class ResultChannel extends FilterInputStream {
    private volatile long cap = 1 << 16;
    private long read;

    ResultChannel(InputStream in) {
        super(new BufferedInputStream(in, 1 << 16));
    }

    /** Allows {@code bytes} more from here on. */
    void allow(long bytes) {
        cap = read + bytes;
    }

    @Override
    public int read() throws IOException {
        check(1);
        int b = super.read();
        if (b >= 0) {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check(1);
        int n = super.read(b, off, (int) Math.min(len, cap - read));
        if (n > 0) {
            read += n;
        }
        return n;
    }

    private void check(long n) throws OutputLimitException {
        if (read + n > cap) {
            throw new OutputLimitException("result channel exceeded " + cap + " bytes");
        }
    }

    static final class OutputLimitException extends IOException {
        OutputLimitException(String m) {
            super(m);
        }
    }
}

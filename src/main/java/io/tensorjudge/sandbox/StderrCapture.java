package io.tensorjudge.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a worker's stderr (on its own thread): keeps the first {@code cap} bytes until sealed; more than {@code cap}
 * bytes in all calls {@code onOverflow} (the worker is killed: OUTPUT_LIMIT).
 */
final class StderrCapture implements Runnable {
    private final InputStream in;
    private final long cap;
    private final Runnable onOverflow;
    private final Kept kept = new Kept();
    private long total;
    private byte[] marker;
    private boolean sealed;
    volatile boolean overflow;

    StderrCapture(InputStream in, long cap, Runnable onOverflow) {
        this.in = in;
        this.cap = cap;
        this.onOverflow = onOverflow;
    }

    @Override
    public void run() {
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (this) {
                    total += n;
                    if (!sealed) {
                        keep(buf, n);
                    }
                    if (total > cap) {
                        overflow = true;
                    }
                }
                if (overflow) {
                    onOverflow.run();
                    return;
                }
            }
        } catch (IOException e) {
            // process gone
        }
    }

    /** Appends what was read; at the marker, drops it and seals. Called with the lock held. */
    private void keep(byte[] buf, int n) {
        int before = kept.size();
        kept.write(buf, 0, (int) Math.max(0, Math.min(n, cap - before)));
        if (marker != null) {
            int at = kept.indexOf(marker, Math.max(0, before - marker.length + 1));
            if (at >= 0) {
                kept.truncate(at);
                sealed = true;
                notifyAll();
            }
        }
    }

    synchronized void reset(byte[] marker) {
        kept.reset();
        total = 0;
        sealed = false;
        this.marker = marker;
    }

    synchronized void seal(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        try {
            while (!sealed && marker != null) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sealed = true;
    }

    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    private static final class Kept extends ByteArrayOutputStream {
        void truncate(int size) {
            count = Math.min(count, size);
        }

        int indexOf(byte[] needle, int from) {
            outer:
            for (int i = from; i + needle.length <= count; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (buf[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}

package io.tensorjudge.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003): of every window of {@code w} consecutive k-gram hashes keep the
 * minimum (the rightmost one on ties). Any shared run of at least {@code w + k - 1} tokens then shares a fingerprint,
 * while only about 2/(w+1) of the k-grams are kept.
 */
final class Winnowing {

    private Winnowing() {
    }

    /** A selected k-gram: its hash and the index of its first token. */
    record Fingerprint(long hash, int position) {
    }

    /** Hash of every k-gram of the token texts, indexed by the position of its first token. */
    static long[] kgramHashes(List<Token> tokens, int k) {
        int count = tokens.size() - k + 1;
        if (count <= 0) {
            return new long[0];
        }
        long[] tokenHashes = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            tokenHashes[i] = mix(tokens.get(i).text().hashCode());
        }
        // Polynomial rolling hash modulo 2^64; String.hashCode is specified, so fingerprints are stable across runs.
        final long base = 1_000_003L;
        long highest = 1;
        for (int i = 1; i < k; i++) {
            highest *= base;
        }
        long[] hashes = new long[count];
        long h = 0;
        for (int i = 0; i < k; i++) {
            h = h * base + tokenHashes[i];
        }
        hashes[0] = h;
        for (int i = 1; i < count; i++) {
            h = (h - tokenHashes[i - 1] * highest) * base + tokenHashes[i + k - 1];
            hashes[i] = h;
        }
        return hashes;
    }

    static List<Fingerprint> select(long[] hashes, int w) {
        List<Fingerprint> selected = new ArrayList<>();
        if (hashes.length == 0) {
            return selected;
        }
        int windows = Math.max(1, hashes.length - w + 1);
        int window = Math.min(w, hashes.length);
        int lastPicked = -1;
        for (int start = 0; start < windows; start++) {
            int min = start;
            for (int i = start + 1; i < start + window; i++) {
                if (Long.compareUnsigned(hashes[i], hashes[min]) <= 0) {
                    min = i;
                }
            }
            if (min != lastPicked) {
                selected.add(new Fingerprint(hashes[min], min));
                lastPicked = min;
            }
        }
        return selected;
    }

    /** A 64-bit finalizer (from SplitMix64) so that similar token texts do not get similar hashes. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

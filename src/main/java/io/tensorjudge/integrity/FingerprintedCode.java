package io.tensorjudge.integrity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One file's tokens and its winnowed fingerprints, with those it shares with the starter code already removed. */
public final class FingerprintedCode {

    private final List<Token> tokens;
    private final List<Winnowing.Fingerprint> fingerprints;
    private final Set<Long> hashes = new HashSet<>();

    FingerprintedCode(List<Token> tokens, List<Winnowing.Fingerprint> fingerprints) {
        this.tokens = List.copyOf(tokens);
        this.fingerprints = List.copyOf(fingerprints);
        fingerprints.forEach(f -> hashes.add(f.hash()));
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Winnowing.Fingerprint> fingerprints() {
        return fingerprints;
    }

    Set<Long> hashes() {
        return hashes;
    }

    /** How many distinct fingerprints are left: 0 for code that is just the starter (or too short to judge). */
    public int fingerprintCount() {
        return hashes.size();
    }
}

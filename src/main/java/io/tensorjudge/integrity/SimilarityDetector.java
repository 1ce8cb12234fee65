package io.tensorjudge.integrity;

import io.tensorjudge.common.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds near-identical code among candidates: normalized tokens ({@link SourceTokenizer}), k-gram hashes, winnowing,
 * and the Jaccard index of the fingerprint sets. Every k-gram of the starter code is removed first, so code the
 * candidates were all given never counts as similarity. Pure and deterministic: same input, same report.
 */
public final class SimilarityDetector {

    /** Tokens per k-gram: shorter runs are too common in any two NumPy functions to mean anything. */
    public static final int DEFAULT_K = 8;
    /** Winnowing window: every shared run of k + w - 1 = 11 or more tokens is guaranteed to be seen. */
    public static final int DEFAULT_W = 4;

    private final int k;
    private final int w;

    public SimilarityDetector() {
        this(DEFAULT_K, DEFAULT_W);
    }

    public SimilarityDetector(int k, int w) {
        if (k < 1 || w < 1) {
            throw new IllegalArgumentException("k and w must be positive");
        }
        this.k = k;
        this.w = w;
    }

    /** Fingerprints {@code code}, minus every k-gram that also occurs in {@code starter} (may be null or empty). */
    public FingerprintedCode fingerprint(Language language, String code, String starter) {
        SourceTokenizer tokenizer = new SourceTokenizer(language);
        List<Token> tokens = tokenizer.tokenize(code);
        Set<Long> starterHashes = new HashSet<>();
        if (starter != null && !starter.isBlank()) {
            for (long h : Winnowing.kgramHashes(tokenizer.tokenize(starter), k)) {
                starterHashes.add(h);
            }
        }
        List<Winnowing.Fingerprint> kept = new ArrayList<>();
        for (Winnowing.Fingerprint f : Winnowing.select(Winnowing.kgramHashes(tokens, k), w)) {
            if (!starterHashes.contains(f.hash())) {
                kept.add(f);
            }
        }
        return new FingerprintedCode(tokens, kept);
    }

    public Similarity compare(FingerprintedCode left, FingerprintedCode right) {
        Set<Long> shared = shared(left, right);
        return new Similarity(jaccard(left, right, shared), shared.size(), regions(left, right, shared));
    }

    private static Set<Long> shared(FingerprintedCode left, FingerprintedCode right) {
        Set<Long> shared = new HashSet<>();
        FingerprintedCode smaller = left.hashes().size() <= right.hashes().size() ? left : right;
        FingerprintedCode larger = smaller == left ? right : left;
        for (Long h : smaller.hashes()) {
            if (larger.hashes().contains(h)) {
                shared.add(h);
            }
        }
        return shared;
    }

    private static double jaccard(FingerprintedCode left, FingerprintedCode right, Set<Long> shared) {
        int union = left.hashes().size() + right.hashes().size() - shared.size();
        return union == 0 ? 0.0 : (double) shared.size() / union;
    }

    /**
     * Every pair of candidates with the same language whose similarity is at least {@code threshold}, most similar
     * first (ties in input order). {@code starters} maps each language to its starter code.
     */
    public List<SimilarPair> report(List<CandidateCode> codes, Map<Language, String> starters, double threshold) {
        List<FingerprintedCode> prints = new ArrayList<>(codes.size());
        for (CandidateCode code : codes) {
            prints.add(fingerprint(code.language(), code.code(), starters.get(code.language())));
        }
        List<SimilarPair> pairs = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                if (codes.get(i).language() != codes.get(j).language()) {
                    continue;
                }
                Set<Long> shared = shared(prints.get(i), prints.get(j));
                double score = jaccard(prints.get(i), prints.get(j), shared);
                if (!shared.isEmpty() && score >= threshold) {
                    // Regions are the costly part, and only reported pairs need them.
                    pairs.add(new SimilarPair(codes.get(i), codes.get(j), new Similarity(score, shared.size(),
                            regions(prints.get(i), prints.get(j), shared))));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((SimilarPair p) -> p.similarity().score()).reversed());
        return pairs;
    }

    /**
     * Joins shared fingerprints into stretches: walking the left file's matches in order, a match continues the
     * current stretch when it lies within one window (w + k tokens) after it on both sides.
     */
    private List<MatchedRegion> regions(FingerprintedCode left, FingerprintedCode right, Set<Long> shared) {
        Map<Long, List<Integer>> rightPositions = new HashMap<>();
        for (Winnowing.Fingerprint f : right.fingerprints()) {
            if (shared.contains(f.hash())) {
                rightPositions.computeIfAbsent(f.hash(), h -> new ArrayList<>()).add(f.position());
            }
        }
        List<int[]> spans = new ArrayList<>(); // {leftStart, leftEnd, rightStart, rightEnd} in tokens
        int gap = w + k;
        for (Winnowing.Fingerprint f : left.fingerprints()) {
            List<Integer> candidates = rightPositions.get(f.hash());
            if (candidates == null) {
                continue;
            }
            int[] current = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            Integer continuing = null;
            if (current != null && f.position() <= current[1] + gap) {
                for (int p : candidates) {
                    if (p >= current[2] && p <= current[3] + gap) {
                        continuing = p;
                        break;
                    }
                }
            }
            if (continuing != null) {
                current[1] = Math.max(current[1], f.position() + k - 1);
                current[3] = Math.max(current[3], continuing + k - 1);
            } else {
                int p = candidates.get(0);
                spans.add(new int[] {f.position(), f.position() + k - 1, p, p + k - 1});
            }
        }
        List<MatchedRegion> regions = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            regions.add(new MatchedRegion(left.tokens().get(s[0]).line(), left.tokens().get(s[1]).line(),
                    right.tokens().get(s[2]).line(), right.tokens().get(s[3]).line()));
        }
        return regions;
    }
}

package io.tensorjudge.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which one attempt shows one MCQ's choices, and the labels the candidate sees: A, B, C... by position,
 * not the canonical keys (so "the key is A" cannot be shared between candidates). Derived from the attempt's
 * recorded random seed and the item id: stable across reloads, reproducible for the review page. Answers are
 * stored with canonical keys, so scoring, CSV and item statistics never see a label.
 */
public record ChoiceOrder(List<String> canonicalKeys) {

    /** The order of {@code keysInFileOrder} for this attempt and item; file order for attempts without a seed. */
    static ChoiceOrder of(Long choiceSeed, long itemId, List<String> keysInFileOrder) {
        List<String> keys = new ArrayList<>(keysInFileOrder);
        if (choiceSeed != null) {
            Collections.shuffle(keys, new Random(choiceSeed ^ (itemId * 0x9E3779B97F4A7C15L)));
        }
        return new ChoiceOrder(List.copyOf(keys));
    }

    /** The label shown at a position: A, B, C... */
    public static String label(int position) {
        return String.valueOf((char) ('A' + position));
    }

    /** The label the candidate sees for a canonical key; an unknown key is returned as it is. */
    public String labelOf(String canonical) {
        int position = canonicalKeys.indexOf(canonical);
        return position < 0 ? canonical : label(position);
    }

    /** The canonical key behind a label; a string that is no label is returned as it is (validation rejects it). */
    public String canonicalOf(String label) {
        if (label == null || label.strip().length() != 1) {
            return label;
        }
        int position = label.strip().charAt(0) - 'A';
        return position >= 0 && position < canonicalKeys.size() ? canonicalKeys.get(position) : label;
    }

    public List<String> toCanonical(List<String> labels) {
        return labels == null ? null : labels.stream().map(this::canonicalOf).toList();
    }

    /** Labels of canonical keys, sorted (as the candidate would list them). */
    public List<String> toLabels(Collection<String> canonical) {
        return canonical.stream().map(this::labelOf).sorted().toList();
    }
}

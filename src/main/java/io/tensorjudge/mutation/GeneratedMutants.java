package io.tensorjudge.mutation;

import java.util.List;

/**
 * What the generator produced for one solution.py: {@code allIds} names every distinct mutant it can make (so a stale
 * entry of mutation.yaml is recognised even when sampling left that mutant out), {@code mutants} the sampled ones.
 */
public record GeneratedMutants(List<String> allIds, List<GeneratedMutant> mutants) {

    public GeneratedMutants {
        allIds = List.copyOf(allIds);
        mutants = List.copyOf(mutants);
    }
}

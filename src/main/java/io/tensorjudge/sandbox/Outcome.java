package io.tensorjudge.sandbox;

/**
 * How a sandbox run (or one case of it) ended. Settled before any comparison with expected values, which happens
 * outside the sandbox. INTERNAL_ERROR is our own fault and must never be blamed on the candidate.
 */
public enum Outcome {
    OK, COMPILE_ERROR, RUNTIME_ERROR, TIME_LIMIT, MEMORY_LIMIT, OUTPUT_LIMIT, INTERNAL_ERROR
}

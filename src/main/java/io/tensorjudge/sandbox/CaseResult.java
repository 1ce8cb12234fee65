package io.tensorjudge.sandbox;

import io.tensorjudge.wire.Value;

import java.util.Map;

/**
 * Result of one case.
 *
 * @param value  the returned value; null unless {@code outcome} is OK
 * @param error  message plus the candidate's own traceback frames (harness frames stripped); null when OK. For a
 *               hidden case only a fixed description: the candidate's text is not kept
 * @param micros time spent in the candidate's function, as measured inside the sandbox
 * @param modifiedArguments the arguments (by position) that the call changed in place, with their value after the
 *               call; empty when none was changed (reported by the harness, which compares a copy taken before)
 */
public record CaseResult(String name, Outcome outcome, Value value, String error, long micros,
        Map<Integer, Value> modifiedArguments) {
    public CaseResult {
        modifiedArguments = Map.copyOf(modifiedArguments);
    }

    public CaseResult(String name, Outcome outcome, Value value, String error, long micros) {
        this(name, outcome, value, error, micros, Map.of());
    }
}

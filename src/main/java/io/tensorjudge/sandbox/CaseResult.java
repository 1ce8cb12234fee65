package io.tensorjudge.sandbox;

/**
 * Result of one case.
 *
 * @param value  the returned value; null unless {@code outcome} is OK
 * @param error  message plus the candidate's own traceback frames (harness frames stripped); null when OK
 * @param micros time spent in the candidate's function, as measured inside the sandbox
 */
public record CaseResult(String name, Outcome outcome, Value value, String error, long micros) {
}

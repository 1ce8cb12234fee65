package io.tensorjudge.mutation;

/**
 * One mechanical mutant of an exercise's solution.py: a stable id (line, column, operator), the operator family, a
 * one-line description, the unified diff against solution.py and the whole mutated source that is graded.
 */
public record GeneratedMutant(String id, String operator, int line, String description, String diff, String source) {
}

package io.tensorjudge.common;

/** The verdict of a graded submission; stable codes, exactly those of ../shared/spec/api.md. */
public enum Verdict {
    ACCEPTED, WRONG_ANSWER, COMPILE_ERROR, RUNTIME_ERROR, TIME_LIMIT, MEMORY_LIMIT, OUTPUT_LIMIT, INTERNAL_ERROR
}

package io.tensorjudge.sandbox;

/** Languages a submission can be written in. */
public enum Language {
    PYTHON, JAVA
}

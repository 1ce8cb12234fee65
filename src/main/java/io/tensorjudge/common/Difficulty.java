package io.tensorjudge.common;

/** How hard an item is; the lower-case names are the values used in files and in the API. */
public enum Difficulty {
    easy, medium, hard
}

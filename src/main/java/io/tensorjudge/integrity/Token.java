package io.tensorjudge.integrity;

/** One normalized token: {@code text} is what fingerprints hash, {@code line} (1-based) where it starts in the file. */
record Token(String text, int line) {
}

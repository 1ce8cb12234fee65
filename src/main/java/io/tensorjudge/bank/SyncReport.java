package io.tensorjudge.bank;

/** What a bank sync changed: new questions, new versions of changed ones, untouched ones, and retired ones. */
public record SyncReport(int created, int updated, int unchanged, int retired) {
}

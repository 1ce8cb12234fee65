package io.tensorjudge.web.practice;

/** A question on a practice page with this browser's earlier answer to it (null when it has none). */
public record PageItem(PageQuestion question, PageAnswer answer) {
}

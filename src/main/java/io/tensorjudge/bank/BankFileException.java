package io.tensorjudge.bank;

import java.nio.file.Path;

/** A bank file (question or exercise) that cannot be used; the message names the file, the line and the item. */
public class BankFileException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String itemId;

    public BankFileException(Path file, int line, String itemId, String problem) {
        super(format(file, line, itemId, problem));
        this.file = file;
        this.line = line;
        this.itemId = itemId;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The question or exercise id, or null when the problem is not inside one item. */
    public String itemId() {
        return itemId;
    }

    private static String format(Path file, int line, String itemId, String problem) {
        StringBuilder where = new StringBuilder(file.toString());
        if (line > 0) {
            where.append(':').append(line);
        }
        if (itemId != null) {
            where.append(" [").append(itemId).append(']');
        }
        return where.append(": ").append(problem).toString();
    }
}

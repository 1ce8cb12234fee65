package io.tensorjudge.grading;

import io.tensorjudge.common.Language;
import io.tensorjudge.common.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of the candidate's own file that a compile error or a traceback names, with its message, so the editor
 * can mark it. Read from the text the result already shows (compiler output, the visible tests' tracebacks): only
 * frames of the submission's file count ({@code solution.py}, {@code Solution.java}), never the harness's, and
 * hidden tests, whose messages name only the kind of failure, are never read.
 */
public record SourceError(int line, String message) {

    private static final int MAX_ERRORS = 20;
    private static final int MAX_MESSAGE = 300;
    // The harness compiles and runs the source under these names (python_harness.py, JavaHarness.java).
    private static final Pattern PYTHON_FRAME = Pattern.compile("^\\s*File \"solution\\.py\", line (\\d+)",
            Pattern.MULTILINE);
    private static final Pattern JAVAC = Pattern.compile("^Solution\\.java:(\\d+): error: (.*)$", Pattern.MULTILINE);
    private static final Pattern JAVA_FRAME = Pattern.compile("\\(Solution\\.java:(\\d+)\\)");

    /** The errors of a finished grading, empty unless it ended in a compile or runtime error. */
    public static List<SourceError> of(String language, GradeReport report) {
        if (report == null || (report.verdict() != Verdict.COMPILE_ERROR && report.verdict() != Verdict.RUNTIME_ERROR)) {
            return List.of();
        }
        Optional<Language> lang = Language.parse(language);
        if (lang.isEmpty()) {
            return List.of();
        }
        for (String text : texts(report)) {
            List<SourceError> found = lang.get() == Language.JAVA ? java(text) : python(text);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Compiler output first (stderr of a COMPILE_ERROR), then the first visible test that failed at run time. */
    private static List<String> texts(GradeReport report) {
        List<String> texts = new ArrayList<>();
        if (report.verdict() == Verdict.COMPILE_ERROR && report.stderr() != null) {
            texts.add(report.stderr());
        }
        report.tests().stream().filter(t -> t.visible() && !t.passed() && "runtime".equals(t.kind())
                && t.message() != null).findFirst().ifPresent(t -> texts.add(t.message()));
        return texts;
    }

    /** The innermost frame of the submission (Python prints it last), with the exception's line. */
    static List<SourceError> python(String text) {
        Matcher m = PYTHON_FRAME.matcher(text);
        int line = -1;
        while (m.find()) {
            line = parse(m.group(1));
        }
        return line > 0 ? List.of(new SourceError(line, lastLine(text))) : List.of();
    }

    /** javac's {@code Solution.java:N: error: ...} lines, else the innermost frame of a stack trace (printed first). */
    static List<SourceError> java(String text) {
        Map<Integer, String> byLine = new LinkedHashMap<>();
        Matcher m = JAVAC.matcher(text);
        while (m.find() && byLine.size() < MAX_ERRORS) {
            int line = parse(m.group(1));
            if (line > 0) {
                byLine.merge(line, m.group(2).strip(), (a, b) -> a + "\n" + b);
            }
        }
        if (!byLine.isEmpty()) {
            return byLine.entrySet().stream().map(e -> new SourceError(e.getKey(), cap(e.getValue()))).toList();
        }
        Matcher frame = JAVA_FRAME.matcher(text);
        if (frame.find() && parse(frame.group(1)) > 0) {
            return List.of(new SourceError(parse(frame.group(1)), cap(text.strip().lines().findFirst().orElse(""))));
        }
        return List.of();
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().filter(l -> !l.isBlank()).toList();
        return cap(lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip());
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1; // more digits than an int: no line of a 64 KiB file
        }
    }

    private static String cap(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + " …";
    }
}

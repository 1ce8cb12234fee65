package io.tensorjudge.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the MCQ list at the end of a seed text: a "主题：**X**" line, then under "选择题" items of the form
 * {@code 1. stem} / {@code - A. choice} / {@code - **答案：X**}, up to the "代码题" heading.
 */
public final class SeedMcqParser {

    private static final Pattern TOPIC = Pattern.compile("主题：\\*\\*(.+?)\\*\\*");
    private static final Pattern STEM = Pattern.compile("^(\\d+)\\.\\s+(.+)$");
    private static final Pattern CHOICE = Pattern.compile("^\\s*-\\s+([A-Z])\\.\\s+(.+)$");
    private static final Pattern ANSWER = Pattern.compile("^\\s*-\\s+\\*\\*答案[：:]\\s*([A-Z](?:\\s*[,，、]?\\s*[A-Z])*)\\s*\\*\\*\\s*$");

    private SeedMcqParser() {
    }

    /** One seed MCQ as the seed states it; {@code line} is where its stem starts (1-based). */
    public record SeedMcq(int number, int line, String stem, Map<String, String> choices, List<String> answer) {
    }

    public record SeedMcqs(String topic, List<SeedMcq> questions) {
    }

    public static SeedMcqs parse(String text) {
        String[] lines = text.split("\\R", -1);
        String topic = null;
        List<SeedMcq> result = new ArrayList<>();
        boolean inMcqSection = false;
        Integer number = null;
        int stemLine = 0;
        String stem = null;
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher topicMatch = TOPIC.matcher(line);
            if (topic == null && topicMatch.find()) {
                topic = topicMatch.group(1).trim();
            }
            if (line.startsWith("###")) {
                inMcqSection = line.contains("选择题");
                continue;
            }
            if (!inMcqSection) {
                continue;
            }
            Matcher m;
            if ((m = STEM.matcher(line)).matches()) {
                number = Integer.parseInt(m.group(1));
                stemLine = i + 1;
                stem = m.group(2).trim();
                choices = new LinkedHashMap<>();
            } else if (stem != null && (m = CHOICE.matcher(line)).matches()) {
                choices.put(m.group(1), m.group(2).trim());
            } else if (stem != null && (m = ANSWER.matcher(line)).matches()) {
                List<String> keys = new ArrayList<>();
                for (char c : m.group(1).toCharArray()) {
                    if (Character.isUpperCase(c)) {
                        keys.add(String.valueOf(c));
                    }
                }
                result.add(new SeedMcq(number, stemLine, stem, choices, keys));
                stem = null;
            }
        }
        if (stem != null) {
            throw new IllegalArgumentException("line " + stemLine + ": question " + number + " has no **答案：X** line");
        }
        return new SeedMcqs(topic, result);
    }
}

package io.tensorjudge.web.practice;

import io.tensorjudge.bank.PracticeQuestion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A section of MCQ practice: the public questions of a source, of a topic, or of both, in bank order. It is cut
 * into pages of {@value #PAGE_SIZE}; its ids let the page's script count this browser's progress in it.
 */
public record QuestionSection(String source, String topic, List<PracticeQuestion> questions) {

    static final int PAGE_SIZE = 10;

    public int size() {
        return questions.size();
    }

    public int pages() {
        return Math.max(1, (questions.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page number (1-based) clamped into range: a stale link still shows a page. */
    int clamp(Integer page) {
        return page == null ? 1 : Math.min(Math.max(page, 1), pages());
    }

    List<PracticeQuestion> page(int page) {
        int from = (page - 1) * PAGE_SIZE;
        return questions.subList(Math.min(from, questions.size()), Math.min(from + PAGE_SIZE, questions.size()));
    }

    int indexOf(String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** "source=resnet&topic=residual" (URL-encoded), without the parts that are not set. */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (source != null) {
            query.append("source=").append(encode(source));
        }
        if (topic != null) {
            query.append(query.isEmpty() ? "" : "&").append("topic=").append(encode(topic));
        }
        return query.toString();
    }

    /** A stable name for the browser's progress store. */
    public String key() {
        return (source == null ? "" : source) + "|" + (topic == null ? "" : topic);
    }

    /** The ids of the whole section, space-separated. */
    public String ids() {
        return questions.stream().map(PracticeQuestion::id).collect(Collectors.joining(" "));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

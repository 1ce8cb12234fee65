package io.tensorjudge.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A practice browser's own MCQ answers (its {@code client} id, set by the practice cookie), so that the practice
 * pages show them again in any language. Only answers to the questions asked for, which the caller got from the
 * practice view, are read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BrowserAnswers {

    /**
     * The latest answer this browser gave to each question's current version (question id -> chosen keys). An
     * answer to an older version is not shown: its key may have changed since. The version index narrows the rows;
     * the client column filters them.
     */
    public Map<String, List<String>> lastChoices(String client, List<PracticeQuestion> questions) {
        if (client == null || questions.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> idByVersion = questions.stream()
                .collect(Collectors.toMap(PracticeQuestion::versionId, PracticeQuestion::id, (a, b) -> a));
        Map<String, List<String>> last = new HashMap<>();
        McqAnswer.<McqAnswer>list("questionVersionId in ?1 and client = ?2 order by createdAt, id",
                idByVersion.keySet(), client)
                .forEach(a -> last.put(idByVersion.get(a.questionVersionId), List.of(a.chosen.split(","))));
        return last;
    }
}

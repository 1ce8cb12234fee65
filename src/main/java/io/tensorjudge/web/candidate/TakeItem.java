package io.tensorjudge.web.candidate;

import java.util.List;
import java.util.Set;

/**
 * An item as the candidate's page renders it, with the saved work filled in. MCQs carry no key; exercises only
 * their public files (statement, signature, starter) and the id of their latest run or submission, whose result the
 * page shows again after a reload.
 */
public record TakeItem(long itemId, String kind, String refId, String title, int points, boolean submitted, String stemHtml,
        boolean multiple, List<Choice> choices, Set<String> savedChoices, String statementHtml,
        List<Language> languages, String savedLanguage, String savedCode, String lastSubmissionId) {

    public record Choice(String key, String textHtml) {
    }

    /** A language the candidate may use here, with the starter code and signature. */
    public record Language(String name, String label, String starter, String signature) {
    }

    public boolean isMcq() {
        return "MCQ".equals(kind);
    }

    /** The code the editor opens with: the saved code, else the starter of the first language. */
    public String editorCode() {
        if (savedCode != null) {
            return savedCode;
        }
        return languages.isEmpty() ? "" : languages.get(0).starter();
    }
}

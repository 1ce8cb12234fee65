package io.tensorjudge.web.practice;

/** Where one question sits in its section: its position (1-based), its neighbours and the list page holding it. */
public record QuestionNav(QuestionSection section, int position, String previousId, String nextId) {

    static QuestionNav of(QuestionSection section, String id) {
        int i = section.indexOf(id);
        String previous = i > 0 ? section.questions().get(i - 1).id() : null;
        String next = i + 1 < section.size() ? section.questions().get(i + 1).id() : null;
        return new QuestionNav(section, i + 1, previous, next);
    }

    public int listPage() {
        return (position - 1) / QuestionSection.PAGE_SIZE + 1;
    }
}

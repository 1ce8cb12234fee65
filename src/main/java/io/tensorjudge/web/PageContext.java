package io.tensorjudge.web;

/** What every page layout needs: the language and the current path, for the language switch. */
public record PageContext(Lang lang, String path, String query) {

    public String langLink(String target) {
        String rest = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceAll("^&", "");
        return path + "?lang=" + target + (rest.isEmpty() ? "" : "&" + rest);
    }

    public String langParam() {
        return "lang=" + lang.name();
    }
}

package io.tensorjudge.web;

import java.util.Locale;

/** The two languages of the UI and the bank; Chinese is the default, English where the bank has it. */
public enum Lang {
    zh, en;

    public static Lang of(String value) {
        return "en".equalsIgnoreCase(value) ? en : zh;
    }

    /** The English text when asked for and present, else the Chinese one. */
    public String pick(String zhText, String enText) {
        return this == en && enText != null && !enText.isBlank() ? enText : zhText;
    }

    public Locale locale() {
        return this == en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}

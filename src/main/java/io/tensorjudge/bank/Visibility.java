package io.tensorjudge.bank;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who may see an item: {@code public} items are also practice items; {@code private} ones exist only inside
 * assessments, so that a candidate cannot have practised them. Files write the lower-case names; absent = public.
 */
public enum Visibility {
    PUBLIC, PRIVATE;

    @JsonValue
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The visibility an item declares, public when it declares none. */
    public static Visibility orPublic(Visibility declared) {
        return declared == null ? PUBLIC : declared;
    }
}

package io.tensorjudge.web.staff.insight;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Number formatting and message keys for the insight templates; a missing value shows as a dash. */
@TemplateExtension(namespace = "fmt")
class InsightTemplateExtensions {

    /** 0.6 -> "60%". */
    static String pct(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** -0.7977 -> "-0.80". */
    static String num(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}

/** Message keys derived from enum names: {flag.flagKey}. */
@TemplateExtension
class InsightKeys {

    /** "TOO_EASY" -> "flag_TOO_EASY", a key of {@link InsightMessages}. */
    static String flagKey(String flag) {
        return "flag_" + flag;
    }
}

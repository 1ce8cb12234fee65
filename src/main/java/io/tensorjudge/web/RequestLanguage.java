package io.tensorjudge.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * The language of this request, resolved once: {@code ?lang=} wins (pages remember it in the {@link #COOKIE}
 * cookie), then that cookie, then the browser's Accept-Language (zh-* is Chinese, any other language English),
 * and Chinese when the request says nothing. Pages and resources inject it instead of reading the parameter.
 */
@RequestScoped
public class RequestLanguage {

    public static final String COOKIE = "lang";

    private final HttpServerRequest request;
    private Lang lang;
    private boolean chosen;

    RequestLanguage(HttpServerRequest request) {
        this.request = request;
    }

    public Lang lang() {
        if (lang == null) {
            String query = request.getParam("lang");
            Cookie cookie = request.getCookie(COOKIE);
            chosen = query != null;
            lang = resolve(query, cookie == null ? null : cookie.getValue(),
                    request.getHeader("Accept-Language"));
        }
        return lang;
    }

    /**
     * Follows a language fixed by what the page shows (an assessment's candidate pages, {@code zh}/{@code en}) over
     * the cookie and the browser's; null leaves the request's own. A language chosen by the address still wins, so
     * the switch keeps working for a candidate who cannot read the fixed one.
     */
    public void follow(String fixed) {
        lang();
        if (fixed != null && !chosen) {
            lang = Lang.of(fixed);
        }
    }

    /** Whether the address chose the language ({@code ?lang=}), which a page then remembers. */
    public boolean chosen() {
        lang();
        return chosen;
    }

    /** The raw path and query of the request, for the page's language switch. */
    PageContext page() {
        return new PageContext(lang(), request.path(), request.query());
    }

    static Lang resolve(String query, String cookie, String acceptLanguage) {
        if (query != null) {
            return Lang.of(query);
        }
        if (cookie != null) {
            return Lang.of(cookie);
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    /** The browser's most preferred language: zh-* is Chinese, any other English; none (or "*") is Chinese. */
    static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Lang.zh;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                    .findFirst()
                    .map(range -> range.getRange().startsWith("zh") ? Lang.zh : Lang.en)
                    .orElse(Lang.zh);
        } catch (IllegalArgumentException malformed) {
            return Lang.zh;
        }
    }
}

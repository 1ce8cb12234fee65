package io.tensorjudge.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Shared plumbing of the HTML pages: language resolution (query, then cookie) and rendering. */
public final class Pages {

    public static final String LANG_COOKIE = "lang";

    private Pages() {
    }

    public static Lang lang(String queryLang, String cookieLang) {
        return Lang.of(queryLang != null ? queryLang : cookieLang);
    }

    public static PageContext context(Lang lang, UriInfo uri) {
        return new PageContext(lang, uri.getPath(), uri.getRequestUri().getRawQuery());
    }

    /** Renders in the page's language and remembers an explicit choice of language in a cookie. */
    public static Response render(TemplateInstance page, Lang lang, String queryLang, int status) {
        Response.ResponseBuilder response = Response.status(status)
                .entity(page.setLocale(lang.locale()).render())
                .type("text/html;charset=UTF-8");
        if (queryLang != null) {
            response.cookie(new NewCookie.Builder(LANG_COOKIE).value(lang.name()).path("/").maxAge(365 * 24 * 3600)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }
}

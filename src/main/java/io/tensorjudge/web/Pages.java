package io.tensorjudge.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Shared plumbing of the HTML pages: rendering in the request's language ({@link RequestLanguage}). */
@ApplicationScoped
public class Pages {

    private final RequestLanguage language;

    Pages(RequestLanguage language) {
        this.language = language;
    }

    public Lang lang() {
        return language.lang();
    }

    /** See {@link RequestLanguage#follow}: call before {@link #context()} and rendering. */
    public void follow(String fixed) {
        language.follow(fixed);
    }

    /** The layout's language and the current address, for the language switch. */
    public PageContext context() {
        return language.page();
    }

    /** Renders in the request's language and remembers a language chosen by the address in a cookie. */
    public Response render(TemplateInstance page, int status) {
        Response.ResponseBuilder response = rendered(page, status);
        if (language.chosen()) {
            response.cookie(new NewCookie.Builder(RequestLanguage.COOKIE).value(lang().name()).path("/")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }

    /** A piece of a page fetched by its script: in the request's language, remembering nothing. */
    public Response fragment(TemplateInstance page, int status) {
        return rendered(page, status).build();
    }

    private Response.ResponseBuilder rendered(TemplateInstance page, int status) {
        return Response.status(status).entity(page.setLocale(lang().locale()).render())
                .type("text/html;charset=UTF-8");
    }
}

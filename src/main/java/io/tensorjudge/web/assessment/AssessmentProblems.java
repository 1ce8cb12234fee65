package io.tensorjudge.web.assessment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.assessment.AssessmentException;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import io.tensorjudge.web.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Assessment rule violations: problem+json under /api, a short readable page elsewhere. */
public class AssessmentProblems {

    @CheckedTemplate(basePath = "AssessmentPages")
    static class Templates {
        static native TemplateInstance problem(PageContext page, int status, String detail);
    }

    @ServerExceptionMapper
    Response refused(AssessmentException e, UriInfo uri, HttpHeaders headers) {
        Response.Status known = Response.Status.fromStatusCode(e.status());
        String title = known == null ? "Error" : known.getReasonPhrase();
        if (uri.getPath().startsWith("/api/")) {
            var errors = e.fields().isEmpty() ? null
                    : e.fields().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList();
            return Problem.response(e.status(), title, e.getMessage(), errors);
        }
        var cookie = headers.getCookies().get(Pages.LANG_COOKIE);
        Lang lang = Pages.lang(null, cookie == null ? null : cookie.getValue());
        return Pages.render(Templates.problem(Pages.context(lang, uri), e.status(), e.getMessage()), lang, null,
                e.status());
    }
}

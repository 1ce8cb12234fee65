package io.tensorjudge.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.tensorjudge.common.Busy;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.DomainException;
import io.tensorjudge.common.Forbidden;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.Gone;
import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.TooLarge;
import io.tensorjudge.common.Unavailable;
import io.tensorjudge.operations.DatabaseFaults;
import io.tensorjudge.web.Problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure of a request, in one place: problem+json for the API (stack traces never leave the server), a
 * readable page or a redirect to the login page for browsers. 401/403 work because authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}).
 */
class ExceptionMapping {

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance problem(PageContext page, int status, String detail);

        static native TemplateInstance forbidden(PageContext page, String detail);

        static native TemplateInstance notFound(PageContext page);

        static native TemplateInstance failed(PageContext page);
    }

    private final Pages pages;
    private final DataSource database;

    ExceptionMapping(Pages pages, DataSource database) {
        this.pages = pages;
        this.database = database;
    }

    /** What each refusal of the domain means over HTTP: the one place where domain meets status codes. */
    static int status(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        } else if (e instanceof Invalid) {
            return 400;
        } else if (e instanceof Conflict) {
            return 409;
        } else if (e instanceof Forbidden) {
            return 403;
        } else if (e instanceof TooLarge) {
            return 413;
        } else if (e instanceof Busy) {
            return 429;
        } else if (e instanceof Unavailable) {
            return 503;
        } else if (e instanceof Gone) {
            return 410;
        }
        throw new IllegalStateException("unmapped " + e.getClass());
    }

    private static long retryAfterSeconds(DomainException e) {
        if (e instanceof Busy busy) {
            return busy.retryAfterSeconds();
        }
        return e instanceof Unavailable unavailable ? unavailable.retryAfterSeconds() : 0;
    }

    /** problem+json under /api (with the fields at fault and Retry-After), a short readable page elsewhere. */
    @ServerExceptionMapper
    Response refused(DomainException e, UriInfo uri) {
        int status = status(e);
        if (!isApi(uri)) {
            return pages.render(Templates.problem(pages.context(), status, e.getMessage()), status);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        List<FieldError> errors = e.fields().isEmpty() ? null
                : e.fields().stream().map(f -> new FieldError(f.field(), f.message())).toList();
        Response problem = Problem.response(status, known == null ? "Error" : known.getReasonPhrase(),
                e.getMessage(), errors);
        long retryAfter = retryAfterSeconds(e);
        return retryAfter > 0 ? Response.fromResponse(problem).header("Retry-After", retryAfter).build() : problem;
    }

    private static final Logger LOG = Logger.getLogger(ExceptionMapping.class);

    @ServerExceptionMapper
    Response rateLimited(RateLimitedException e) {
        Response problem = Problem.response(429, "Too Many Requests", e.getMessage(), null);
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }

    /** Declared for the exact type so that it wins over Quarkus' own mapper for it (which answers plain JSON). */
    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e) {
        String detail = e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? "Field '" + mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName()
                        + "' has the wrong type."
                : "The request body is not valid JSON.";
        return Problem.response(Response.Status.BAD_REQUEST, detail);
    }

    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request.");
        return Problem.response(400, "Bad Request", detail, errors);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 404 && wantsPage(uri, headers)) {
            // A browser at an address with no page: a page in its language with the navigation, not JSON.
            return pages.render(Templates.notFound(pages.context()), 404);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "Method not allowed here.";
            case 415 -> "Send the body as application/json.";
            case 400 -> e.getCause() instanceof JsonProcessingException ? "The request body is not valid JSON."
                    : "Bad request.";
            default -> title + ".";
        };
        return Problem.response(status, title, detail, null);
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseFaults.lostConnection(e) || !DatabaseFaults.reachable(database)) { // retryable 503, not a bug
            LOG.warnf("Database unreachable while serving %s: %s", uri.getPath(), e.getMessage());
            return refused(DatabaseFaults.unavailable(), uri);
        }
        LOG.error("Unexpected error while serving a request", e);
        if (wantsPage(uri, headers)) {
            return pages.render(Templates.failed(pages.context()), 500);
        }
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    /** "answer.request.choices[0].<list element>" -> "choices[0]": the field as the client wrote it. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        StringBuilder field = new StringBuilder();
        for (int i = Math.min(2, parts.length - 1); i < parts.length; i++) {
            if (parts[i].startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(parts[i]);
        }
        return field.toString();
    }

    /** The cookie Quarkus' form login reads to send the user back where they were going. */
    private static final String REDIRECT_COOKIE = "quarkus-redirect-location";

    /**
     * A wrong username or password at /j_security_check (with lazy authentication it arrives here), or a login
     * refused while throttled (its cause is the account service's {@link Busy}): 429 problem+json with Retry-After
     * for a client that asks for JSON, else the error page /login/failed saying how long to wait.
     */
    @ServerExceptionMapper
    Response loginFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof Busy throttled) {
            long wait = throttled.retryAfterSeconds();
            if (isApi(uri) || wantsJson(headers)) {
                return Response.fromResponse(Problem.response(429, "Too Many Requests", throttled.getMessage(), null))
                        .header("Retry-After", wait).build();
            }
            // The form's error page says how long (rendered there: this mapper runs on the I/O thread).
            return Response.seeOther(URI.create("/login/failed?wait=" + wait)).header("Retry-After", wait).build();
        }
        if (Boolean.TRUE.equals(e.getAttribute(SessionIdentityProvider.SESSION_ENDED))) {
            return sessionEnded(uri);
        }
        if (isApi(uri)) {
            return Problem.response(Response.Status.UNAUTHORIZED, "Wrong username or password.");
        }
        return Response.seeOther(URI.create("/login/failed")).build();
    }

    /**
     * The session cookie names an account that was disabled, or whose password changed since: the cookie is
     * expired, and the caller must log in again (401 under /api, the login page elsewhere).
     */
    private static Response sessionEnded(UriInfo uri) {
        NewCookie expired = SessionCookie.expired();
        if (isApi(uri)) {
            return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                    "Your session has ended (account disabled or password changed): log in again."))
                    .cookie(expired).build();
        }
        NewCookie backHere = new NewCookie.Builder(REDIRECT_COOKIE).value(uri.getRequestUri().toString())
                .path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/login")).cookie(expired, backHere).build();
    }

    @ServerExceptionMapper
    Response notLoggedIn(UnauthorizedException e, UriInfo uri) {
        if (isApi(uri)) {
            return Problem.response(Response.Status.UNAUTHORIZED, "Log in first.");
        }
        NewCookie backHere = new NewCookie.Builder(REDIRECT_COOKIE).value(uri.getRequestUri().toString())
                .path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/login")).cookie(backHere).build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your account may not do this." : e.getMessage();
        if (isApi(uri)) {
            return Problem.response(Response.Status.FORBIDDEN, detail);
        }
        return pages.render(Templates.forbidden(pages.context(), detail), 403);
    }

    /** An API client logging in through the form endpoint: it asks for JSON and not for a page. */
    private static boolean wantsJson(HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** A browser navigating outside the API and Quarkus' own /q endpoints: it asks for HTML. */
    private static boolean wantsPage(UriInfo uri, HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html") && !isApi(uri) && !uri.getPath().startsWith("/q/");
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}

package io.tensorjudge.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every response (pages, API, static assets, /q): a Content-Security-Policy without
 * inline script, nosniff, no framing, a same-origin referrer. A Vert.x filter rather than a JAX-RS one, so that
 * static files, login redirects and Quarkus' own endpoints get them too (docs/security.md, "Security headers").
 *
 * <p>Styles: CodeMirror 6 injects a {@code <style>} element at runtime. A page that needs that asks for a nonce
 * ({@code {inject:securityHeaders.styleNonce}}, handed to the editor through {@code EditorView.cspNonce}); only
 * then does its policy carry {@code 'nonce-…'} in style-src, and allow style attributes (style-src-attr), which
 * chromium's own editing writes into the editor. No page allows inline style elements or any inline script.
 */
@Named("securityHeaders")
@ApplicationScoped
public class SecurityHeaders {

    /** Before CORS (300) and authentication (200), so that refusals and login redirects carry the headers too. */
    static final int PRIORITY = 400;
    static final String NONCE_KEY = "tensorjudge.csp-style-nonce";
    static final String SWAGGER_UI_PATH = "/q/swagger-ui";
    private static final String DEV_UI_PATH = "/q/dev-ui";

    /** Everything from this origin, no inline script or style, nothing embedded, never framed. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'%s; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Swagger UI's page is built on inline script: its path alone gets this, and only while it is served. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentVertxRequest request;
    private final boolean swaggerUi;

    SecurityHeaders(CurrentVertxRequest request,
            @ConfigProperty(name = "quarkus.swagger-ui.enabled", defaultValue = "true") boolean swaggerUi) {
        this.request = request;
        this.swaggerUi = swaggerUi;
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.contains("Referrer-Policy")) {
                // candidate pages set no-referrer themselves (their URL holds the invite token)
                headers.set("Referrer-Policy", "same-origin");
            }
            String policy = policyFor(rc.normalizedPath(), rc.get(NONCE_KEY));
            if (policy != null) {
                headers.set("Content-Security-Policy", policy);
            }
        });
        rc.next();
    }

    String policyFor(String path, String styleNonce) {
        if (swaggerUi && path.startsWith(SWAGGER_UI_PATH)) {
            return SWAGGER_UI_POLICY;
        }
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT && path.startsWith(DEV_UI_PATH)) {
            return null; // the Dev UI exists only in dev mode and is built on inline script
        }
        // The editor page: its <style> element by nonce, and style attributes, which chromium writes itself when
        // typing replaces a selection that starts in highlighted text (it keeps the deleted text's colour).
        return POLICY.formatted(styleNonce == null ? "" : " 'nonce-" + styleNonce + "'; style-src-attr 'unsafe-inline'");
    }

    /** Whether Swagger UI is served (tensorjudge.api.swagger-ui): the top bar links it, else the OpenAPI document. */
    public boolean isSwaggerUi() {
        return swaggerUi;
    }

    /**
     * The style nonce of the current response, made on first use (128 random bits); the policy sent with this
     * response then allows {@code <style nonce>} elements carrying it.
     */
    public String getStyleNonce() {
        RoutingContext rc = request.getCurrent();
        String nonce = rc.get(NONCE_KEY);
        if (nonce == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            rc.put(NONCE_KEY, nonce);
        }
        return nonce;
    }
}

package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tensorjudge.account.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every HTTP endpoint of the app, found by reflection (so new ones are covered without editing this test): each one
 * declares who may call it, each non-public one refuses an anonymous caller (401 under /api, a login redirect for
 * pages), and each role-restricted one refuses a logged-in member of staff without the role (403). Ownership rules
 * ("not your assessment") are tested next to the features.
 */
@QuarkusTest
class EndpointSecurityTest {

    /** One resource method: HTTP method, path template, and the annotation that governs it. */
    record Endpoint(String httpMethod, String path, Annotation rule, boolean formBody, Method method) {
        boolean api() {
            return path.startsWith("/api/");
        }

        String concretePath() {
            return path.replaceAll("\\{[^}/]+}", "1").replace("//", "/");
        }

        @Override
        public String toString() {
            return httpMethod + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + ")";
        }
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tensorjudge")) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = ("/" + base + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                if (path.length() > 1 && path.endsWith("/")) {
                    path = path.substring(0, path.length() - 1);
                }
                Consumes consumes = method.getAnnotation(Consumes.class);
                boolean form = consumes != null && Arrays.asList(consumes.value())
                        .contains(MediaType.APPLICATION_FORM_URLENCODED);
                endpoints.add(new Endpoint(verb, path, rule(method), form, method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    /** The method's own security annotation, else the class's; null when there is none. */
    private static Annotation rule(Method method) {
        for (Annotation[] level : List.of(method.getAnnotations(), method.getDeclaringClass().getAnnotations())) {
            for (Annotation annotation : level) {
                if (annotation instanceof PermitAll || annotation instanceof RolesAllowed
                        || annotation instanceof Authenticated || annotation instanceof DenyAll) {
                    return annotation;
                }
            }
        }
        return null;
    }

    @Test
    void shouldFindTheKnownEndpoints() {
        assertThat(endpoints()).extracting(Endpoint::path)
                .contains("/api/v1/exercises/{id}/submissions", "/api/v1/admin/staff", "/staff");
    }

    @Test
    void shouldDeclareWhoMayCallEveryEndpoint() {
        assertThat(endpoints()).filteredOn(e -> e.rule() == null).as("endpoints without a security annotation")
                .isEmpty();
    }

    @Test
    void shouldRefuseAnonymousCallersOnEveryNonPublicEndpoint() {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.rule() instanceof PermitAll) {
                continue;
            }
            Response response = call(endpoint, null);
            boolean refused = endpoint.api()
                    ? response.statusCode() == 401 && response.contentType().startsWith("application/problem+json")
                    : response.statusCode() == 303 && response.header("Location").endsWith("/login");
            if (!refused) {
                failures.add(endpoint + " -> " + response.statusCode() + " " + response.contentType());
            }
        }
        assertThat(failures).as("anonymous calls that were not refused").isEmpty();
    }

    @Test
    void shouldRefuseStaffWithoutTheRoleOnEveryRoleRestrictedEndpoint() {
        List<String> failures = new ArrayList<>();
        // One account per set of roles, not one per endpoint: each costs a bcrypt hash and a login.
        Map<Set<String>, String> sessions = new HashMap<>();
        for (Endpoint endpoint : endpoints()) {
            if (!(endpoint.rule() instanceof RolesAllowed allowed)) {
                continue;
            }
            Set<String> otherRoles = new LinkedHashSet<>(Roles.ALL);
            Stream.of(allowed.value()).forEach(otherRoles::remove);
            otherRoles.remove(Roles.ADMIN); // an admin may do everything
            if (otherRoles.isEmpty()) {
                continue;
            }
            String session = sessions.computeIfAbsent(otherRoles,
                    roles -> StaffSessions.newStaff(roles.toArray(String[]::new)));
            Response response = call(endpoint, session);
            boolean refused = response.statusCode() == 403
                    && (!endpoint.api() || response.contentType().startsWith("application/problem+json"));
            if (!refused) {
                failures.add(endpoint + " as " + otherRoles + " -> " + response.statusCode());
            }
        }
        assertThat(failures).as("calls by staff without the role that were not refused").isEmpty();
    }

    private static Response call(Endpoint endpoint, String session) {
        RequestSpecification request = endpoint.formBody() ? CsrfForms.form() : given();
        request = request.redirects().follow(false);
        if (session != null) {
            request = request.cookie(StaffSessions.SESSION_COOKIE, session);
        }
        if (!endpoint.formBody() && !endpoint.httpMethod().equals("GET")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(endpoint.httpMethod(), endpoint.concretePath());
    }
}

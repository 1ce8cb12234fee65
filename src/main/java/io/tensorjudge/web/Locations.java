package io.tensorjudge.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Every {@code Location} the API sends is a path, as ../shared/spec/api.md writes it ({@code /api/v1/submissions/{id}}).
 * JAX-RS would resolve a relative URI into an absolute one with whatever host the request named; a path does not
 * depend on the proxy in front of the server.
 */
public final class Locations {

    private Locations() {
    }

    public static Response created(String path, Object entity) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, path).entity(entity).build();
    }

    public static Response accepted(String path, Object entity) {
        return Response.status(Response.Status.ACCEPTED).header(HttpHeaders.LOCATION, path).entity(entity).build();
    }
}

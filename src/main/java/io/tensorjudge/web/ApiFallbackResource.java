package io.tensorjudge.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Unknown API paths answer 404 problem+json instead of falling through to an HTML page. */
@PermitAll
@Path("/api/{rest: .*}")
public class ApiFallbackResource {

    @GET
    public void get() {
        throw new NotFoundException();
    }

    @POST
    public void post() {
        throw new NotFoundException();
    }

    @PUT
    public void put() {
        throw new NotFoundException();
    }

    @PATCH
    public void patch() {
        throw new NotFoundException();
    }

    @DELETE
    public void delete() {
        throw new NotFoundException();
    }
}

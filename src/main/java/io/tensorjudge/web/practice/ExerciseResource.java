package io.tensorjudge.web.practice;

import io.tensorjudge.common.NotFound;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import io.tensorjudge.web.practice.ExerciseView.Detail;
import io.tensorjudge.web.practice.ExerciseView.Summary;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import io.tensorjudge.web.RequestLanguage;

/** The public exercise catalogue for anonymous practice. */
@PermitAll
@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {

    private final ExerciseCatalog catalog;
    private final RequestLanguage language;

    ExerciseResource(ExerciseCatalog catalog, RequestLanguage language) {
        this.catalog = catalog;
        this.language = language;
    }

    @GET
    public List<Summary> list(@QueryParam("topic") String topic, @QueryParam("q") String query,
            @QueryParam("source") String source, @QueryParam("difficulty") String difficulty) {
        String needle = query == null ? null : query.toLowerCase(Locale.ROOT).strip();
        return catalog.filterPublic(topic, source, difficulty).stream()
                .filter(e -> needle == null || needle.isEmpty() || matches(e.exercise().spec(), needle))
                .map(e -> Summary.of(e, language.lang()))
                .toList();
    }

    @GET
    @Path("/{id}")
    public Detail get(@PathParam("id") String id) {
        ExerciseCatalog.Entry entry = catalog.findPublic(id).orElseThrow(() -> NotFound.of("exercise", id));
        return Detail.of(entry, language.lang());
    }

    private static boolean matches(ExerciseSpec spec, String needle) {
        return spec.id().contains(needle) || spec.title().zh().toLowerCase(Locale.ROOT).contains(needle)
                || spec.title().en().toLowerCase(Locale.ROOT).contains(needle)
                || spec.topics().stream().anyMatch(t -> t.contains(needle));
    }
}

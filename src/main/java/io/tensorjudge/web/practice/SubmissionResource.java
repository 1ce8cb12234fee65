package io.tensorjudge.web.practice;

import io.tensorjudge.common.NotFound;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tensorjudge.grading.SubmissionEvents;
import io.tensorjudge.grading.SubmissionService;
import io.tensorjudge.grading.SubmissionSnapshot;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Following a practice submission: its current state, and a stream of its status changes. A submission made in an
 * assessment attempt is unknown here (404, as an unknown id): the candidate API is the only way to read it.
 */
@PermitAll
@Path("/api/v1/submissions")
public class SubmissionResource {

    private final SubmissionService submissions;
    private final SubmissionEvents events;

    SubmissionResource(SubmissionService submissions, SubmissionEvents events) {
        this.submissions = submissions;
        this.events = events;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SubmissionView get(@PathParam("id") String id) {
        return SubmissionView.of(find(id));
    }

    /** The submission on every status change, then the stream ends once it is DONE. */
    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    public Multi<SubmissionView> events(@PathParam("id") String id) {
        find(id);
        return Multi.createFrom().<SubmissionView>emitter(emitter -> {
            AtomicReference<String> lastStatus = new AtomicReference<>();
            Runnable emitIfChanged = () -> submissions.findPractice(id).ifPresent(s -> {
                String status = s.status().name();
                if (!status.equals(lastStatus.getAndSet(status))) {
                    emitter.emit(SubmissionView.of(s));
                }
                if (s.done()) {
                    emitter.complete();
                }
            });
            Runnable stopListening = events.listen(id, changed -> emitIfChanged.run());
            emitter.onTermination(stopListening);
            emitIfChanged.run();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // the first read hits the database
    }

    private SubmissionSnapshot find(String id) {
        return submissions.findPractice(id).orElseThrow(() -> NotFound.of("submission", id));
    }
}

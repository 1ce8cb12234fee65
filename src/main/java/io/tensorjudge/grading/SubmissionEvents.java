package io.tensorjudge.grading;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** In-process notifications of submission status changes, for live updates (SSE) and for waking workers. */
@ApplicationScoped
public class SubmissionEvents {

    private final ConcurrentHashMap<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    /** Registers a listener for one submission; the returned handle removes it. */
    public Runnable listen(String submissionId, Consumer<String> listener) {
        listeners.computeIfAbsent(submissionId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(submissionId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void changed(String submissionId) {
        Set<Consumer<String>> set = listeners.get(submissionId);
        if (set != null) {
            set.forEach(listener -> listener.accept(submissionId));
        }
    }
}

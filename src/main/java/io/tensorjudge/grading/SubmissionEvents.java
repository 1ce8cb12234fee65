package io.tensorjudge.grading;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Notifications of submission status changes, for live updates (SSE) and for waking workers. A change is told to
 * this instance's listeners at once and to the other instances through {@link SubmissionBroadcast} (PostgreSQL
 * NOTIFY); what {@link SubmissionListener} hears from them, or {@link SubmissionPoller} reads, is told here by
 * {@link #changedElsewhere}.
 */
@ApplicationScoped
public class SubmissionEvents {

    private final ConcurrentHashMap<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<String>> queuedListeners = new CopyOnWriteArrayList<>();
    private final SubmissionBroadcast broadcast;

    SubmissionEvents(SubmissionBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    /** Registers a listener for one submission; the returned handle removes it. */
    public Runnable listen(String submissionId, Consumer<String> listener) {
        listeners.computeIfAbsent(submissionId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(submissionId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Registers a listener for every newly queued submission, of this instance or another (workers wake on it). */
    void onQueued(Consumer<String> listener) {
        queuedListeners.add(listener);
    }

    /** The submissions someone here follows: what the poller reads while notifications cannot arrive. */
    Set<String> followed() {
        return Set.copyOf(listeners.keySet());
    }

    /** Called after the change committed: here at once, elsewhere through the broadcast. */
    void changed(String submissionId) {
        tell(submissionId);
        broadcast.send(SubmissionBroadcast.Kind.CHANGED, submissionId);
    }

    /** Called after a new submission committed. */
    void queued(String submissionId) {
        queuedListeners.forEach(listener -> listener.accept(submissionId));
        broadcast.send(SubmissionBroadcast.Kind.QUEUED, submissionId);
    }

    /** A change made by another instance (a notification) or found by polling: told here only. */
    void changedElsewhere(SubmissionBroadcast.Kind kind, String submissionId) {
        if (kind == SubmissionBroadcast.Kind.QUEUED) {
            queuedListeners.forEach(listener -> listener.accept(submissionId));
        } else {
            tell(submissionId);
        }
    }

    private void tell(String submissionId) {
        Set<Consumer<String>> set = listeners.get(submissionId);
        if (set != null) {
            set.forEach(listener -> listener.accept(submissionId));
        }
    }
}

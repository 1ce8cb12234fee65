package io.tensorjudge.assessment;

import java.time.Instant;
import java.util.List;

/**
 * How the code of one exercise item of an attempt grew, for the review: its autosaved snapshots and its runs and
 * submissions, oldest first (as fine as the autosave interval), and the pastes into it, each with the index of the
 * first frame saved at or after it (-1 when none followed).
 */
public record Playback(long itemId, List<Frame> frames, List<Paste> pastes) {

    public enum Source { AUTOSAVE, RUN, SUBMIT }

    public record Frame(Source source, Instant at, String language, String code) {
    }

    public record Paste(Instant at, String detail, int frame) {
    }
}

package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.Playback;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The code playback of one exercise item of an attempt: {@code frames} oldest first ({@code source}: autosave, run or
 * submit), {@code pastes} with the index of the first frame at or after them (-1 when none followed).
 */
public record PlaybackView(long itemId, List<FrameView> frames, List<PasteView> pastes) {

    public record FrameView(String source, Instant at, String language, String code) {
    }

    public record PasteView(Instant at, String detail, int frame) {
    }

    static PlaybackView of(Playback p) {
        return new PlaybackView(p.itemId(),
                p.frames().stream().map(f -> new FrameView(f.source().name().toLowerCase(Locale.ROOT), f.at(),
                        f.language(), f.code())).toList(),
                p.pastes().stream().map(e -> new PasteView(e.at(), e.detail(), e.frame())).toList());
    }
}

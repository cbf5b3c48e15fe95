package io.github.incidentnotice.timeliness;

import java.time.Instant;
import java.util.Objects;

/**
 * When a notice's file was first committed, or why that cannot be told (no git, a shallow clone, a file not
 * committed yet): an unknown publication is never a finding, only a line in the debug log.
 */
public record FirstPublication(Instant time, String unknownBecause) {

    /** The file was first committed at {@code time}. */
    public static FirstPublication at(Instant time) {
        return new FirstPublication(Objects.requireNonNull(time), null);
    }

    /** The first commit cannot be told, for the reason given (completes "cannot tell when ... was first published: "). */
    public static FirstPublication unknown(String because) {
        return new FirstPublication(null, Objects.requireNonNull(because));
    }

    public boolean known() {
        return time != null;
    }
}

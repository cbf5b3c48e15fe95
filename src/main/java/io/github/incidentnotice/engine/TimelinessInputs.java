package io.github.incidentnotice.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.incidentnotice.timeliness.GitHistory;
import io.github.incidentnotice.timeliness.NoticeTimesCache;

/**
 * What the timeliness checks read besides the notices: the clock ({@code now}: the build's, or the one a
 * reproducible build fixes), the git history of the notices, where to say what cannot be told, and where the dates
 * each notice states are kept between runs ({@code timesCache}, null: none). A request
 * without them gets no timeliness findings, so tools that judge only the words (the corpus harness) are unchanged.
 */
public record TimelinessInputs(Instant now, GitHistory git, Consumer<String> debug, NoticeTimesCache timesCache) {

    /** Inputs without a cache of the notices' dates: each notice is read again for them. */
    public TimelinessInputs(Instant now, GitHistory git, Consumer<String> debug) {
        this(now, git, debug, null);
    }

    public TimelinessInputs {
        Objects.requireNonNull(now, "now");
        git = git == null ? GitHistory.NONE : git;
        debug = debug == null ? message -> { } : debug;
    }

    /** The clock alone: no git history, nothing logged. */
    public static TimelinessInputs at(Instant now) {
        return new TimelinessInputs(now, GitHistory.NONE, null, null);
    }
}

package io.github.incidentnotice.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.incidentnotice.timeliness.GitHistory;

/**
 * What the timeliness checks read besides the notices: the clock ({@code now}: the build's, or the one a
 * reproducible build fixes), the git history of the notices, and where to say what cannot be told. A request
 * without them gets no timeliness findings, so tools that judge only the words (the corpus harness) are unchanged.
 */
public record TimelinessInputs(Instant now, GitHistory git, Consumer<String> debug) {

    public TimelinessInputs {
        Objects.requireNonNull(now, "now");
        git = git == null ? GitHistory.NONE : git;
        debug = debug == null ? message -> { } : debug;
    }

    /** The clock alone: no git history, nothing logged. */
    public static TimelinessInputs at(Instant now) {
        return new TimelinessInputs(now, GitHistory.NONE, null);
    }
}

package io.github.incidentnotice.model;

import java.util.Objects;

/**
 * A place in a notice and the notice's own words there: 1-based line and column, and an excerpt that starts
 * at that place (cut at the sentence's or the line's end, or at 120 characters, control characters escaped).
 */
public record Citation(int line, int column, String excerpt) {

    /** Longest excerpt a citation keeps, in characters. */
    public static final int MAX_EXCERPT = 120;

    public Citation {
        Objects.requireNonNull(excerpt, "excerpt");
    }
}

package io.github.incidentnotice.model;

import java.util.Objects;

/**
 * One problem in one notice: the rule that found it, the element it concerns (if any), its level,
 * where it stands (1-based line and column in the file) and what to do about it.
 */
public record Finding(String rule, String element, Level level, String file, int line, int column,
                      String message, String excerpt) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        excerpt = excerpt == null ? "" : excerpt;
    }

    /** The same finding at another level (used when a team raises or lowers a rule). */
    public Finding withLevel(Level newLevel) {
        return new Finding(rule, element, newLevel, file, line, column, message, excerpt);
    }
}

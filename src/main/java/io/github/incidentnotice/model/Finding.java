package io.github.incidentnotice.model;

import java.util.Objects;

/**
 * One problem in one notice: the rule that found it, the element it concerns (if any), its level,
 * where it stands (1-based line and column in the file) and what to do about it.
 *
 * @param closest for a missing element, what came closest to stating it and why it did not count; null when
 *                nothing came close or the finding is not about a missing element
 */
public record Finding(String rule, String element, Level level, String file, int line, int column,
                      String message, String excerpt, Closest closest) {

    /** Longest excerpt kept, in characters: a finding quotes a phrase, never a file. */
    public static final int MAX_EXCERPT = 80;
    /** Longest message kept, in characters (messages may quote front-matter values). */
    public static final int MAX_MESSAGE = 1000;

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        message = cut(message, MAX_MESSAGE);
        excerpt = excerpt == null ? "" : cut(excerpt, MAX_EXCERPT);
    }

    /** A finding without a closest candidate. */
    public Finding(String rule, String element, Level level, String file, int line, int column,
                   String message, String excerpt) {
        this(rule, element, level, file, line, column, message, excerpt, null);
    }

    /** The text itself when it has at most {@code max} characters, else its start and an ellipsis (never half a surrogate pair). */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /** The same finding at another level (used when a team raises or lowers a rule). */
    public Finding withLevel(Level newLevel) {
        return new Finding(rule, element, newLevel, file, line, column, message, excerpt, closest);
    }
}

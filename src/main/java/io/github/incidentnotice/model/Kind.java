package io.github.incidentnotice.model;

import java.util.Locale;

/** What a notice is about: something that went wrong, planned work, or an announcement. */
public enum Kind {
    INCIDENT, MAINTENANCE, INFORMATIONAL;

    /** The lower-case word used in front matter, checklists and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a front-matter word, or returns null when it is not a kind. */
    public static Kind parse(String word) {
        if (word == null) {
            return null;
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        for (Kind kind : values()) {
            if (kind.id().equals(w)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The kind a status site's {@code type} field names: a kind word, or "issue" (an incident); null for
     * anything else, since blogs use {@code type} for their own page types ("post", "page").
     */
    public static Kind fromType(String word) {
        if (word != null && word.trim().equalsIgnoreCase("issue")) {
            return INCIDENT;
        }
        return parse(word);
    }
}

package io.github.incidentnotice.model;

import java.util.Locale;

/** Where in its life a notice was written: while the problem is open, after it, or as a full write-up. */
public enum Stage {
    ONGOING, RESOLVED, POSTMORTEM;

    /** The lower-case word used in checklists and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stage word, or returns null when it is not a stage. */
    public static Stage parse(String word) {
        if (word == null) {
            return null;
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        for (Stage stage : values()) {
            if (stage.id().equals(w)) {
                return stage;
            }
        }
        return null;
    }
}

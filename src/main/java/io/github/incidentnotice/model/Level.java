package io.github.incidentnotice.model;

import java.util.Locale;

/** How much a finding matters: an error fails the build, a warning is reported, off is not checked. */
public enum Level {
    ERROR, WARNING, OFF;

    /** The lower-case word used in checklists and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a checklist word, or returns null when it is not a level. */
    public static Level parse(String word) {
        if (word == null) {
            return null;
        }
        for (Level level : values()) {
            if (level.id().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        return null;
    }
}
